/// The text of a sentence between two Unicode-scalar offsets, read straight from its UTF-8 bytes
/// (`UTF8Cursor`): the same string as `ScalarText(text).slice(start, end)` (offsets clamped to the
/// text) without building an array of scalars per sentence and re-encoding each one per slice,
/// which cost more than the rest of emitting a figure.
///
/// Complexity: O(bytes up to `end`) per slice.
struct ScalarSlicer {
    let text: String

    func slice(_ start: Int, _ end: Int) -> String {
        let sliced = text.utf8.withContiguousStorageIfAvailable { u -> String in
            var cursor = UTF8Cursor(bytes: u)
            return cursor.slice(start, end)
        }
        return sliced ?? ScalarText(text).slice(start, end)
    }
}
