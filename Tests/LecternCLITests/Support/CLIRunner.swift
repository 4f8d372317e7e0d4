import Foundation

/// Runs the built `lectern` binary (env `LECTERN_BIN`, default `.build/debug/lectern` under the package
/// root) and captures what a person or a script would see.
enum CLIRunner {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
        var stdoutData: Data
    }

    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    static var binary: String {
        if let bin = ProcessInfo.processInfo.environment["LECTERN_BIN"], !bin.isEmpty { return bin }
        return packageRoot.appendingPathComponent(".build/debug/lectern").path
    }

    static var seedsFolder: URL {
        if let env = ProcessInfo.processInfo.environment["LECTERN_SEEDS"], !env.isEmpty { return URL(fileURLWithPath: env) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }

    static func seedPaths() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { seedsFolder.appendingPathComponent($0).path }
    }

    static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/LecternCLITests/Fixtures").appendingPathComponent(name)
    }

    /// A fresh temp folder for one test.
    static func tempFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `executable` (the lectern binary by default) with a clean environment: HOME and XDG folders in
    /// a temp dir unless `environment` says otherwise; `LECTERN_CORPUS` is never inherited.
    static func run(_ arguments: [String], executable: String? = nil, environment: [String: String] = [:],
                    directory: URL? = nil) throws -> Result {
        let home = try tempFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        var env: [String: String] = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
        ]
        for (k, v) in environment { env[k] = v }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = arguments
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes concurrently so a large output cannot block the child.
        let errData = LockedData()
        let errThread = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errThread.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.done { usleep(1000) }
        return Result(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData.value, as: UTF8.self),
                      status: process.terminationStatus, stdoutData: outData)
    }
}

/// Data handed from the stderr reader thread to the test.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private var finished = false
    func set(_ d: Data) { lock.lock(); data = d; finished = true; lock.unlock() }
    var done: Bool { lock.lock(); defer { lock.unlock() }; return finished }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data }
}
