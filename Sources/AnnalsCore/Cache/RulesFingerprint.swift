import Foundation

/// Everything besides an article that decides what extraction finds in it: the rule and word-list
/// files, the code, and the cache's own layout. A cache written under one fingerprint is thrown
/// away and rebuilt under another, so a changed rule is never answered from a stale result.
public struct RulesFingerprint: Hashable, Sendable, CustomStringConvertible {
    /// Bump when the code of the extraction stage changes what it finds (the rules' files are
    /// fingerprinted by content and need no bump).
    public static let engineVersion = 1
    /// Bump when the table layout or the stored encoding of `DocumentExtraction` changes.
    /// 2: `ExtractionCodec`'s binary form instead of JSON.
    public static let schemaVersion = 2

    /// SHA-256 of the resource files (each one's path relative to the root and its bytes).
    public var resources: String
    public var engineVersion: Int
    public var schemaVersion: Int
    /// The running program's size and modification time. A rebuilt binary may hold changed
    /// extraction code whose author forgot `engineVersion`; keying on the build makes the cache
    /// err on the side of re-extracting. Empty when the executable cannot be found.
    public var build: String

    public init(resources: String, engineVersion: Int = Self.engineVersion, schemaVersion: Int = Self.schemaVersion, build: String = "") {
        self.resources = resources
        self.engineVersion = engineVersion
        self.schemaVersion = schemaVersion
        self.build = build
    }

    /// The fingerprint of this program with the rules it loads: `ResourceFile.root` (so
    /// `ANNALS_RESOURCES` is honoured) and the running executable. Complexity: O(bytes of the
    /// resource files), a few hundred kilobytes.
    public static func current() -> RulesFingerprint {
        RulesFingerprint(resources: resourcesDigest(root: ResourceFile.root), build: buildIdentity())
    }

    /// The digest of every regular file under `root/english`, in sorted path order. A missing
    /// folder gives the digest of nothing, which differs from that of any real rule set.
    public static func resourcesDigest(root: URL) -> String {
        let base = root.appendingPathComponent("english")
        var paths: [String] = []
        if let walk = FileManager.default.enumerator(atPath: base.path) {
            while let relative = walk.nextObject() as? String {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: base.appendingPathComponent(relative).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    paths.append(relative)
                }
            }
        }
        var h = SHA256()
        h.update(field: "annals.resources/1")
        for relative in paths.sorted() {
            h.update(field: relative)
            let data = FileManager.default.contents(atPath: base.appendingPathComponent(relative).path)
            h.update(field: data.map { "\($0.count)" } ?? "unreadable")
            if let data { h.update(data) }
        }
        return h.hexDigest()
    }

    /// "SIZE@MTIME" of the running executable, or "" when it cannot be found.
    static func buildIdentity() -> String {
        guard let path = Bundle.main.executableURL?.resolvingSymlinksInPath().path,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber,
              let modified = attributes[.modificationDate] as? Date else { return "" }
        return "\(size.int64Value)@\(modified.timeIntervalSince1970)"
    }

    /// One line, stored in the cache and compared whole.
    public var description: String {
        "schema=\(schemaVersion) engine=\(engineVersion) resources=\(resources) build=\(build)"
    }
}
