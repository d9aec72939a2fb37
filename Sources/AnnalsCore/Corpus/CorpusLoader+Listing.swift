import Foundation

/// The folder walk that finds a corpus's article files.
extension CorpusLoader {
    /// Relative paths of the article files under `directory`, sorted.
    func articleFiles(in directory: URL) -> [String] { articleListing(in: directory).files }

    /// What a folder walk found: the article files (at most `maxDocuments + 1` kept, so that memory
    /// stays bounded on a huge folder), how many there are in all, and notes on links not followed.
    struct Listing: Sendable {
        var files: [String] = []
        var total = 0
        var notes: [CorpusWarning] = []
    }

    /// Walks `directory`. Hidden files and folders (a name starting with ".") are not entered.
    /// Symbolic links are never descended into — the walk sees them as links (`lstat`) — so a link
    /// to a parent folder cannot make the walk loop; a link named like an article is read when it
    /// leads to a regular file and reported otherwise (a folder, a dangling link, a link loop).
    /// Works on relative path strings, which is much cheaper than URL resource lookups for ten
    /// thousand files.
    ///
    /// The corpus folder itself may be a symbolic link (a corpus kept on another disk): the walk
    /// starts from where it leads, as a walk does not follow a link it starts on.
    ///
    /// The walk reads each folder with `readdir`, entering a folder right after its own entry:
    /// the order (and so the order of the notes) of `FileManager`'s enumerator, which cost about
    /// 47 000 instructions an entry (path bridging and replacements) against a few hundred here.
    func articleListing(in directory: URL) -> Listing {
        var listing = Listing()
        let directory = directory.resolvingSymlinksInPath()
        walk(root: directory.path, folder: "", directory: directory, into: &listing)
        listing.files.sort()
        return listing
    }

    /// The entries of `folder` (a path relative to `root`, "" for the root) and, depth first, of
    /// the folders in it; hidden entries (a name starting with ".") are neither listed nor entered.
    private func walk(root: String, folder: String, directory: URL, into listing: inout Listing) {
        guard let handle = opendir(folder.isEmpty ? root : root + "/" + folder) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { field in
                field.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: field.pointee)) { String(cString: $0) }
            }
            if name == "." || name == ".." || name.isEmpty { continue }
            let relative = folder.isEmpty ? name : folder + "/" + name
            if name.hasPrefix(".") { continue }
            let type = Self.entryType(root + "/" + relative)
            let isArticleName = name.lastIndex(of: ".").map { Self.articleExtensions.contains(name[name.index(after: $0)...].lowercased()) } ?? false
            if type == .typeSymbolicLink {
                switch linkTarget(directory.appendingPathComponent(relative)) {
                case .regularFile where isArticleName:
                    listing.add(relative, limit: limits.maxDocuments)
                case .folder:
                    listing.notes.append(CorpusWarning(file: relative, message: "symbolic link to a folder, not followed (links can loop back on a parent); copy the folder into the corpus to include it"))
                case .broken where isArticleName:
                    listing.notes.append(CorpusWarning(file: relative, message: "symbolic link that leads nowhere (missing target or a loop of links); skipped — fix or remove the link"))
                default: break
                }
                continue
            }
            if isArticleName && type == .typeRegular {
                listing.add(relative, limit: limits.maxDocuments)
            }
            if type == .typeDirectory {
                walk(root: root, folder: relative, directory: directory, into: &listing)
            }
        }
    }

    /// The type of the entry at `path` itself (a link is a link), as the enumerator's
    /// `fileAttributes[.type]` gives it — nil when it cannot be read — for the three types the walk
    /// tells apart, from one `lstat`. Why: `fileAttributes` builds the whole attribute dictionary,
    /// owner and group names included (user database lookups), about 100 000 instructions a file.
    static func entryType(_ path: String) -> FileAttributeType? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .typeDirectory
        case S_IFREG: return .typeRegular
        case S_IFLNK: return .typeSymbolicLink
        default: return .typeUnknown
        }
    }

    private enum LinkTarget { case regularFile, folder, broken }

    /// Where a symbolic link leads, following the whole chain (`stat`, not `lstat`); a dangling
    /// link and a loop of links (ELOOP) both lead nowhere. Anything not a folder counts as a file
    /// here; the reader refuses devices and pipes with their own message.
    private func linkTarget(_ url: URL) -> LinkTarget {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .broken }
        return isDirectory.boolValue ? .folder : .regularFile
    }
}

extension CorpusLoader.Listing {
    /// Counts every article file but keeps only the first `limit + 1` paths: enough to know the
    /// limit is passed without holding a path for each of millions of files.
    mutating func add(_ relative: String, limit: Int) {
        total += 1
        if files.count <= limit { files.append(relative) }
    }
}
