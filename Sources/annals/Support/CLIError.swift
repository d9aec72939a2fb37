import ArgumentParser
import Foundation

/// A problem with the user's input, shown as one line on stderr with exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

enum Diagnostics {
    /// Writes a line to standard error, prefixed with the tool's name.
    static func write(_ message: String) {
        ProgressMeter.clearLine()
        FileHandle.standardError.write(Data(("annals: " + message + "\n").utf8))
    }

    /// A warning that is always shown (used where no console options apply).
    static func warn(_ message: String) { write(message) }
}

/// Runs a command body, turning input and output problems into one clear line and exit status 1.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ValidationError {
        throw error
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        Diagnostics.write(Style.stderr.red("error:") + " \(error)")
        throw ExitCode.failure
    }
}
