import ArgumentParser

/// Exit codes from sysexits(3), used by every subcommand.
extension ExitCode {
    static let noMatch = ExitCode(1)
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let software = ExitCode(70)
    static let ioError = ExitCode(74)
}
