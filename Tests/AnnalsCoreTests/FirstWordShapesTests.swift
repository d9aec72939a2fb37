import Testing
@testable import AnnalsCore

@Suite("First-word shapes: a filter that never rejects a phrase's first word")
struct FirstWordShapesTests {
    private static let phrases = ["an early estimate", "preliminary", "fabricated", "first reports of"]

    private func shapes() -> FirstWordShapes {
        var shapes = FirstWordShapes()
        for phrase in Self.phrases { shapes.insert(phrase) }
        return shapes
    }

    @Test("Every phrase's first word passes, whatever the case it was listed in")
    func firstWordsPass() {
        var shapes = shapes()
        shapes.insert("Initial Toll")
        for word in ["an", "preliminary", "fabricated", "first", "initial"] {
            #expect(shapes.mayStart(word), "\(word)")
        }
    }

    @Test("A word of another first byte or another length is passed over")
    func otherShapesRejected() {
        let shapes = shapes()
        #expect(!shapes.mayStart("later"))     // 5 bytes like "first", but 'l'
        #expect(!shapes.mayStart("earl"))      // no first word has 4 bytes
        #expect(!shapes.mayStart("estimate"))  // not a first word: 'e' with 8 bytes
        #expect(!shapes.mayStart(""))
    }

    @Test("Only a necessary condition: a word of a first word's shape passes")
    func sameShapePasses() {
        let shapes = shapes()
        #expect(shapes.mayStart("fight"))      // 'f', 5 bytes, like "first"
        #expect(shapes.mayStart("at"))         // 'a', 2 bytes, like "an"
    }

    @Test("A non-ASCII word is tested on its byte count alone")
    func nonASCIIByLength() {
        let shapes = shapes()
        #expect(shapes.mayStart("ébcd"))       // 5 bytes, like "first"
        #expect(!shapes.mayStart("ébcdef"))    // 7 bytes: no first word has 7
    }

    @Test("A non-ASCII first word lets every word of its byte count through")
    func nonASCIIFirstWord() {
        var shapes = FirstWordShapes()
        shapes.insert("déjà vu")
        #expect(shapes.mayStart("déjà"))
        #expect(shapes.mayStart("zzzzzz"))     // 6 bytes, as "déjà" is
        #expect(!shapes.mayStart("zzzzz"))
    }
}
