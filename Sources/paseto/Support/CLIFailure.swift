import ArgumentParser
import PasetoJWT
import PasetoKit

/// How a failure leaves the process: exit status, and at most one `error: <code>: <message>` line.
///
/// 1: the token (or key for it) was rejected; 2: usage or input error; 0: help or version requested.
/// Anything in the line that looks like a local or secret PASERK, or a token, is redacted: argument-parser
/// echoes unexpected arguments, and a key pasted in the wrong place must not reach a log.
struct CLIFailure {
    let status: Int32
    let errorLine: String?
    let standardOutput: String?

    /// - Parameters:
    ///   - error: What ended the command.
    ///   - helpMessage: argument-parser's full text for `error` (help, usage).
    ///   - message: argument-parser's message for `error` alone, without usage.
    ///   - exitCode: argument-parser's exit code for `error`.
    init(
        _ error: any Error,
        helpMessage: (any Error) -> String,
        message: (any Error) -> String,
        exitCode: (any Error) -> ExitCode
    ) {
        let (status, errorLine, standardOutput) = Self.outcome(
            error,
            helpMessage: helpMessage,
            message: message,
            exitCode: exitCode
        )
        self.status = status
        self.errorLine = errorLine.map(Self.redacted)
        self.standardOutput = standardOutput
    }

    private static func outcome(
        _ error: any Error,
        helpMessage: (any Error) -> String,
        message: (any Error) -> String,
        exitCode: (any Error) -> ExitCode
    ) -> (status: Int32, errorLine: String?, standardOutput: String?) {
        let status: Int32
        let errorLine: String?
        let standardOutput: String?
        switch error {
        case let error as PasetoError:
            status = Self.inputCodes.contains(error.code) ? 2 : 1
            errorLine = "error: \(error)"
            standardOutput = nil
        case let error as JWTCompatError:
            status = error.isKeyProblem ? 2 : 1
            errorLine = "error: \(error)"
            standardOutput = nil
        case let error as InputError:
            status = 2
            errorLine = "error: \(error.code): \(error.message)"
            standardOutput = nil
        case let error as RejectionError:
            status = 1
            errorLine = "error: \(error.code): \(error.message)"
            standardOutput = nil
        case let error as ExitCode:
            status = error.rawValue
            errorLine = nil
            standardOutput = nil
        default:
            let code = exitCode(error)
            if code == .success {
                // --help, --version: argument-parser's text goes to standard output.
                status = 0
                errorLine = nil
                standardOutput = helpMessage(error)
            } else {
                status = 2
                // argument-parser's message may span lines (value lists); the contract allows one.
                let lines = message(error).split(whereSeparator: \.isNewline).map {
                    $0.trimmingPrefix(while: \.isWhitespace)
                }
                let text = lines.filter { !$0.isEmpty }.joined(separator: " ")
                errorLine = "error: usage: \(text.isEmpty ? "invalid arguments" : text)"
                standardOutput = nil
            }
        }
        // Messages of the command's own errors quote paths and arguments: no control character gets through.
        return (status, errorLine.map(LogSafeText.escaped), standardOutput)
    }

    /// `line` with the data part of every local/secret PASERK, every PASETO token and every JWT replaced by
    /// `<redacted>`.
    private static func redacted(_ line: String) -> String {
        // `k4.local.`, `k4.secret.` (and the password-wrapped forms) or `v4.local.`/`v4.public.`, then data.
        let secret = /(k[0-9]+\.(?:local|secret|local-pw|secret-pw)\.|v[0-9]+\.(?:local|public)\.)[A-Za-z0-9_\-.]+/
        // A JWS/JWE: a base64url JSON header (`eyJ`) followed by dot-separated segments.
        let jwt = /eyJ[A-Za-z0-9_\-]*\.[A-Za-z0-9_\-.]*/
        return line.replacing(secret) { "\($0.output.1)<redacted>" }.replacing(jwt) { _ in "eyJ<redacted>" }
    }

    /// Codes that mean a key or input problem (exit 2); every other library code rejects the token (exit 1).
    private static let inputCodes: Set<PasetoError.Code> = [
        .invalidKey, .unsupportedVersion, .invalidPassword, .invalidParameters, .keyDerivationFailed,
    ]
}

/// A usage or input problem found by the command itself (exit 2).
struct InputError: Error {
    let code: String
    let message: String

    static func usage(_ message: String) -> InputError { InputError(code: "usage", message: message) }
    static func input(_ message: String) -> InputError { InputError(code: "invalid-input", message: message) }
    /// A key that cannot serve: not UTF-8, or of the wrong kind for an operation without a token.
    static func invalidKey(_ message: String) -> InputError { InputError(code: "invalid-key", message: message) }

    static func unreadableFile(_ path: String, reason: String) -> InputError {
        InputError(code: "unreadable-file", message: "cannot read \(path): \(reason)")
    }

    static func unwritableFile(_ path: String, reason: String) -> InputError {
        InputError(code: "unwritable-file", message: "cannot create \(path): \(reason)")
    }
}

/// A rejection found by the command itself (exit 1), e.g. `vectors` with failing cases.
struct RejectionError: Error {
    let code: String
    let message: String
}
