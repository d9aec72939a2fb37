import ArgumentParser
import Foundation

/// `annals manual`: the man page (roff), built from the same configurations as `--help`, so the
/// two never disagree. Hidden from the command list; `make man` runs it.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print the annals(1) man page in roff format.",
        discussion: "Example: annals manual > annals.1 && man -l annals.1",
        shouldDisplay: false
    )

    @Option(help: "The date shown in the page footer, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today).")
    var date: String?

    func run() throws {
        print(Self.page(date: date ?? Self.today()), terminator: "")
    }

    static func today() -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: ReproducibleDate.now)
    }

    /// Every displayed command in tree order, with its full name ("annals eval timeml").
    static func commands(_ type: ParsableCommand.Type = Annals.self, prefix: [String] = []) -> [(name: String, type: ParsableCommand.Type)] {
        let config = type.configuration
        let name = prefix + [config.commandName ?? "annals"]
        var all: [(String, ParsableCommand.Type)] = []
        if !prefix.isEmpty { all.append((name.joined(separator: " "), type)) }
        for sub in config.subcommands where sub.configuration.shouldDisplay {
            all += commands(sub, prefix: name)
        }
        return all
    }

    static func page(date: String) -> String {
        let root = Annals.configuration
        var roff = ".TH ANNALS 1 \"\(date)\" \"annals \(Annals.version)\" \"User Commands\"\n"
        roff += ".SH NAME\nannals \\- \(escape(root.abstract))\n"
        roff += ".SH SYNOPSIS\n.B annals\n.I subcommand\n[\\fIoptions\\fR]\n.br\n.B annals\n\\-\\-version | \\-\\-help\n"
        roff += ".SH DESCRIPTION\n" + paragraphs(root.discussion)
        roff += ".SH COMMANDS\n"
        for (name, type) in commands() {
            roff += ".SS \(escape(name))\n\(escape(type.configuration.abstract))\n"
            let help = Annals.helpMessage(for: type, columns: 78)
            // The usage, arguments and options as --help prints them, minus the overview repeated above.
            let body = help.components(separatedBy: "\n").drop { !$0.hasPrefix("USAGE:") }
            roff += ".PP\n.nf\n" + body.map(escapeLine).joined(separator: "\n") + "\n.fi\n"
        }
        roff += ".SH ENVIRONMENT\n"
        roff += ".TP\n.B NO_COLOR\nWhen set and not empty, no colour is used, even on a terminal.\n"
        roff += ".TP\n.B CI\nWhen set (to anything but false or 0), no progress bar is drawn.\n"
        roff += ".TP\n.B COLUMNS\nThe width the summary table is fitted to when standard output is not a terminal.\n"
        roff += ".TP\n.B SOURCE_DATE_EPOCH\nThe creation date written into reports, for byte-identical output from the same input.\n"
        roff += ".SH EXIT STATUS\n0 on success; 1 for bad input (one line on standard error names the file and the problem); "
            + "64 for a usage error; 130 or 143 when interrupted by SIGINT or SIGTERM (no partial output is left).\n"
        roff += ".SH SEE ALSO\nThe README of the Annals package.\n"
        return roff
    }

    static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { ".PP\n.nf\n" + $0.components(separatedBy: "\n").map(escapeLine).joined(separator: "\n") + "\n.fi\n" }.joined()
    }

    /// Backslashes and hyphens escaped for roff.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
    }

    /// As `escape`, and a line starting with "." or "'" is protected from being read as a request.
    static func escapeLine(_ s: String) -> String {
        let e = escape(s)
        return e.hasPrefix(".") || e.hasPrefix("'") ? "\\&" + e : e
    }
}
