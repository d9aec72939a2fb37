import ArgumentParser
import Foundation

/// A problem with the user's input, shown as one line on stderr with exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

enum Diagnostics {
    /// Writes a line to standard error.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("annals: " + message + "\n").utf8))
    }
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
        Diagnostics.warn("error: \(error)")
        throw ExitCode.failure
    }
}
