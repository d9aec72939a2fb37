import Testing
@testable import AnnalsCore

/// Rules for superseded tolls, captivity, counts of one after a coordinated count, and
/// prepositional phrases between a count and its outcome (issue 3, second round). Every sentence
/// is written for the test; none comes from the evaluation set or the seeds.
@Suite("CasualtyRevision")
struct CasualtyRevisionTests {
    @Test("a count the text marks as an earlier value of the toll is no figure")
    func supersededValues() {
        #expect(casualtyKeys("Police initially said 9 miners had died, but rescuers later found 14 bodies.") == ["killed/all/14"])
        #expect(casualtyKeys("The ministry originally reported 31 people injured; the figure was later revised.").isEmpty)
        #expect(casualtyKeys("Medics initially reported 6 dead, but by evening 11 people had died.") == ["killed/all/11"])
        #expect(casualtyKeys("The army gave an initial toll of 6 dead.").isEmpty)
        // The cue covers its clause only.
        #expect(casualtyKeys("Officials initially said the bridge was safe, but 23 people drowned when it gave way.") == ["killed/all/23"])
        // "earlier" or "initially" alone is no revision.
        #expect(casualtyKeys("A landslide earlier this month killed 17 hikers.") == ["killed/all/17"])
        #expect(casualtyKeys("The flood initially killed 12 villagers.") == ["killed/all/12"])
    }

    @Test("'still (being) held' is captivity; held in custody or by police is not")
    func captivity() {
        #expect(casualtyKeys("Nine crew members escaped, but 14 sailors are still being held, the shipping firm said.") == ["captured/all/14"])
        #expect(casualtyKeys("Twenty-six tourists were still held by the kidnappers on Monday.") == ["captured/all/26"])
        #expect(casualtyKeys("Eight protesters were still being held in custody on Sunday.").isEmpty)
        #expect(casualtyKeys("Five suspects were still held by police after the raid.").isEmpty)
        // "held" alone is no outcome.
        #expect(casualtyKeys("About 300 mourners held a vigil outside the station.").isEmpty)
    }

    @Test("a count of one shares the outcome of the count coordinated before it")
    func singleAfterCount() {
        #expect(casualtyKeys("The sniper shot dead four shoppers and a guard.") == ["killed/all/5"])
        #expect(casualtyKeys("Bandits kidnapped 11 engineers and an interpreter near the quarry.") == ["captured/all/12"])
        // Different groups stay apart.
        #expect(casualtyKeys("The shell killed 3 soldiers and a child.") == ["killed/soldiers/3", "killed/children/1"])
    }

    @Test("a prepositional phrase with an article between a count and its outcome")
    func objectsOfPrepositions() {
        #expect(casualtyKeys("All 64 people on board a cargo plane were killed when it crashed.") == ["killed/all/64"])
        #expect(casualtyKeys("Twelve workers inside a textile mill were injured in the blast.") == ["wounded/all/12"])
        // The object of "by" is the agent, not a victim.
        #expect(casualtyKeys("Three villagers were shot dead by a soldier at the checkpoint.") == ["killed/all/3"])
    }
}

/// The speed paths must not change what is read: the pre-tokenizing vocabulary check and the
/// byte slicer, tested against the slow definitions on text written for the test.
@Suite("CasualtySpeedPaths")
struct CasualtySpeedPathTests {
    @Test("the vocabulary check passes every sentence a phrase of its lists can match")
    func vocabulary() {
        let v = OutcomeVocabulary(phrases: ["lost their lives", "death toll", "self-inflicted", "tués"])
        #expect(v.mayMatch("Eleven sailors LOST THEIR LIVES."))      // the phrase's longest word: "lives"
        #expect(v.mayMatch("The toll rose.") == false)               // "death" is the key of "death toll"
        #expect(v.mayMatch("The death, officials said."))            // a key is necessary, not sufficient
        #expect(v.mayMatch("Two were self-inflicted."))              // the longest letter run: "inflicted"
        #expect(v.mayMatch("Quatre soldats tués à Mirel."))          // non-ASCII letters read as letters
        #expect(v.mayMatch("Lives-saving drills were held.") == true) // "Lives" is a run of its own
        #expect(v.mayMatch("Livestock markets reopened.") == false)  // no run "lives"
        #expect(v.mayMatch("The museum reopened on Monday.") == false)
    }

    @Test("the shared lexicon never rejects a sentence with a figure")
    func sharedVocabulary() {
        for text in ["Nine miners died.", "The quake left 300 homeless.", "No one was hurt.", "The death toll reached 40.",
                     "Among the dead were 4 children.", "Militants took 12 hostages."] {
            #expect(CasualtyLexicon.shared.vocabulary.mayMatch(text), "\(text)")
        }
    }

    @Test("slices by scalar offsets as ScalarText does")
    func slicer() {
        let text = "Les 12 blessés — dont 3 enfants — ont été évacués 🚑 hier."
        let slow = ScalarText(text), fast = ScalarSlicer(text: text)
        let n = text.unicodeScalars.count
        for (a, b) in [(0, 6), (4, 14), (15, 30), (n - 8, n), (n - 3, n + 5), (-2, 3), (7, 7), (9, 4), (n + 1, n + 9)] {
            #expect(fast.slice(a, b) == slow.slice(a, b), "\(a)..<\(b)")
        }
    }
}
