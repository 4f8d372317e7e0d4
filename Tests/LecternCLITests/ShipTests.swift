import Foundation
import LecternCore
import Testing

/// Shipping: the release binary is self-contained, `--version` names the corpus, the man page's key
/// section is the binary's own table and renders cleanly, completions load, and install, uninstall
/// and dist put exactly the expected files in place. Each test works in its own temp folder.
@Suite struct ShipTests {
    /// The result of running a process.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var root: URL { CLIRunner.packageRoot }

    /// The binary under test (`LECTERN_BIN`, default the debug build).
    static var binary: String { CLIRunner.binary }

    /// The binary that ships: `LECTERN_BIN` when set (`make test` sets the release build), else the
    /// release build. Built by `make build`.
    static var releaseBinary: String {
        ProcessInfo.processInfo.environment["LECTERN_BIN"].flatMap { $0.isEmpty ? nil : $0 }
            ?? root.appendingPathComponent(".build/release/lectern").path
    }

    static func temporaryFolder(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("lectern-ship-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `arguments[0]` (looked up in PATH when it has no slash) with exactly `environment` when given.
    static func run(_ arguments: [String], environment: [String: String]? = nil, in folder: URL? = nil) throws -> Run {
        let scratch = try temporaryFolder("run")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        if let environment {
            process.arguments = ["-i"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + arguments
        } else {
            process.arguments = arguments
        }
        if let folder { process.currentDirectoryURL = folder }
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    /// Runs a no-build Makefile target of the package against the given binary.
    static func make(_ target: String, _ variables: [String: String]) throws -> Run {
        try run(["make", "-s", "--no-print-directory", "-C", root.path, target]
            + variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
    }

    static func versionNumber() throws -> String {
        let source = try String(contentsOf: root.appendingPathComponent("Sources/lectern/Support/LecternVersion.swift"), encoding: .utf8)
        let line = source.split(separator: "\n").first { $0.contains("static let number") } ?? ""
        return line.split(separator: "\"").dropFirst().first.map(String.init) ?? ""
    }

    static func files(under folder: URL) -> [String] {
        let base = folder.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    // MARK: - Static binary

    @Test func releaseBinaryLinksNoSwiftLibrary() throws {
        let binary = Self.releaseBinary
        #expect(FileManager.default.isExecutableFile(atPath: binary), "no release binary at \(binary): run `make build`")
        let ldd = try Self.run(["ldd", binary])
        #expect(ldd.status == 0, "ldd failed: \(ldd.stderr)")
        let allowed = ["linux-vdso", "ld-linux", "libc.so", "libm.so", "libncursesw", "libtinfo", "libstdc++",
                       "libgcc_s", "libpthread", "libdl.so", "librt.so", "libutil.so"]
        let libraries = ldd.stdout.split(separator: "\n").compactMap { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        }
        #expect(!libraries.isEmpty)
        for library in libraries {
            let name = (library as NSString).lastPathComponent
            #expect(allowed.contains { name.hasPrefix($0) }, "the release binary links \(library)")
            #expect(!name.contains("swift") && !name.contains("Foundation") && !name.contains("dispatch"))
        }
        #expect(!ldd.stdout.contains("not found"))
        // Linked at a fixed address: ELF type EXEC (2), not a position-independent DYN (3) whose
        // relocations the loader would apply at every start.
        let head = try FileHandle(forReadingFrom: URL(fileURLWithPath: binary)).read(upToCount: 18) ?? Data()
        #expect(head.count == 18 && head[16] == 2 && head[17] == 0, "the release binary is position-independent")
    }

    @Test func releaseBinaryRunsAloneWithoutTheToolchain() throws {
        let folder = try Self.temporaryFolder("alone")
        defer { try? FileManager.default.removeItem(at: folder) }
        let home = folder.appendingPathComponent("home"), bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("lectern")
        try FileManager.default.copyItem(atPath: Self.releaseBinary, toPath: copy.path)
        // Only the system folders: no toolchain on PATH, no LD_LIBRARY_PATH, an empty HOME.
        let environment = ["PATH": "/usr/bin:/bin", "HOME": home.path, "LANG": "C.UTF-8",
                           "LD_LIBRARY_PATH": "", "XDG_DATA_HOME": home.path + "/data",
                           "XDG_CONFIG_HOME": home.path + "/config"]
        let version = try Self.run(["./lectern", "--version"], environment: environment, in: bin)
        #expect(version.status == 0, "\(version.stderr)")
        #expect(version.stdout.hasPrefix("lectern \(try Self.versionNumber())\ncorpus: "))
        let list = try Self.run(["./lectern", "list"], environment: environment, in: bin)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(!list.stdout.isEmpty)
        #expect(Self.files(under: home).isEmpty, "lectern wrote into HOME: \(Self.files(under: home))")
    }

    // MARK: - Version

    @Test func versionNamesTheVersionAndTheCorpusPages() throws {
        let run = try Self.run([Self.binary, "--version"])
        #expect(run.status == 0)
        let corpus = try JSONDecoder().decode(Corpus.self, from: Corpus.bundledData())
        let talks = corpus.items.filter { $0.kind != .paper }.count
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var corpusLine = "corpus: \(count(corpus.sessions.count, "session")), \(count(talks, "talk")), "
            + count(corpus.items.count - talks, "paper")
        if !corpus.sources.isEmpty { corpusLine += " from " + corpus.sources.joined(separator: ", ") }
        #expect(run.stdout == "lectern \(try Self.versionNumber())\n\(corpusLine)\n")
    }

    // MARK: - Man page

    @Test func manPageKeySectionIsTheBinarysTableAndRendersCleanly() throws {
        let gen = try Self.temporaryFolder("man")
        defer { try? FileManager.default.removeItem(at: gen) }
        let made = try Self.make("man-files", ["BIN": Self.binary, "GEN": gen.path])
        #expect(made.status == 0, "\(made.stderr)")
        let page = gen.appendingPathComponent("man/lectern.1")
        let text = try String(contentsOf: page, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex(of: ".\\\" keys: begin"))
        let end = try #require(lines.firstIndex(of: ".\\\" keys: end"))
        let section = lines[(begin + 1)..<end].joined(separator: "\n") + "\n"
        let keys = try Self.run([Self.binary, "keys", "--mdoc"])
        #expect(keys.status == 0)
        #expect(section == keys.stdout)
        for binding in KeyMap.defaults.bindings {
            #expect(section.contains(binding.command.rawValue))
        }
        #expect(!text.contains("@VERSION@") && !text.contains("@KEYS@") && !text.contains("@PREFIX@"))
        #expect(text.contains(".Os lectern \(try Self.versionNumber())"))

        // Every subcommand listed by --help has an entry.
        let help = try Self.run([Self.binary, "--help"])
        let listing = help.stdout.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        let subcommands = listing.components(separatedBy: "\n\n").first?
            .split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
                return line.split(separator: " ").first.map(String.init)
            } ?? []
        #expect(subcommands.count >= 10)
        // Every subcommand has an entry, and every long option of it is named (`Fl \-opt`).
        let plain = text.replacingOccurrences(of: "\\-", with: "-")
        for name in subcommands {
            let documented = text.contains(".It Cm \(name)")
            #expect(documented, "the man page has no entry for \(name)")
            let help = try Self.run([Self.binary, "help", name]).stdout
            let options = Set(help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "[" || $0 == "]" })
                .filter { $0.hasPrefix("--") && $0.count > 2 && $0.dropFirst(2).allSatisfy { $0.isLetter || $0 == "-" } }
                .map(String.init))
            for option in options.subtracting(["--help", "--version"]) {
                let named = plain.contains("Fl " + option.dropFirst())
                #expect(named, "the man page does not name \(name) \(option)")
            }
        }
        for word in ["LECTERN_CORPUS", "NO_COLOR", "TZ", "EDITOR", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                     "LECTERN_NOW", "config.toml", "bookmarks.json", "EXIT STATUS"] {
            let documented = text.contains(word)
            #expect(documented, "the man page does not mention \(word)")
        }

        let rendered = try Self.run(["/bin/sh", "-c", "MANWIDTH=80 man --warnings -l \"$0\"", page.path],
                                    environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": gen.path])
        #expect(rendered.status == 0)
        #expect(rendered.stderr.isEmpty, "man warns: \(rendered.stderr)")
        #expect(rendered.stdout.contains("KEY BINDINGS"))
        #expect(rendered.stdout.contains("QUERY LANGUAGE"))
        #expect(rendered.stdout.contains("Move the selection down"))
    }

    /// The README's key table is the binary's own (`lectern keys --markdown`), so it cannot drift.
    @Test func readmeKeyTableIsTheBinarysTable() throws {
        let keys = try Self.run([Self.binary, "keys", "--markdown"])
        #expect(keys.status == 0)
        #expect(keys.stdout.hasPrefix("| Keys | Action |"))
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let current = readme.contains(keys.stdout)
        #expect(current, "README.md's key table differs from `lectern keys --markdown`; paste its output")
    }

    // MARK: - Completions

    @Test func completionScriptsAreGeneratedAndBashLoadsThem() throws {
        let gen = try Self.temporaryFolder("completions")
        defer { try? FileManager.default.removeItem(at: gen) }
        let made = try Self.make("completion-files", ["BIN": Self.binary, "GEN": gen.path])
        #expect(made.status == 0, "\(made.stderr)")
        let folder = gen.appendingPathComponent("completions")
        #expect(Self.files(under: folder) == ["_lectern", "lectern.bash", "lectern.fish"])
        let bash = try Self.run(["bash", "-c", "source \"$0\" && complete -p lectern", folder.appendingPathComponent("lectern.bash").path])
        #expect(bash.status == 0, "\(bash.stderr)")
        #expect(bash.stdout.contains("lectern"))
        #expect(bash.stdout.hasPrefix("complete "))
        for script in ["_lectern", "lectern.fish", "lectern.bash"] {
            let text = try String(contentsOf: folder.appendingPathComponent(script), encoding: .utf8)
            for subcommand in ["search", "show", "bookmark", "export", "themes"] {
                #expect(text.contains(subcommand), "\(script) does not complete \(subcommand)")
            }
        }
    }

    /// What the generated scripts ask the binary for when Tab is pressed after `--theme` or an id.
    @Test func completionsOfferThemeNamesAndItemIDs() throws {
        let themes = try Self.run([Self.binary, "---completion", "browse", "--", "--theme", "3", "1",
                                   "lectern", "browse", "--theme", "m"])
        #expect(themes.status == 0, "\(themes.stderr)")
        #expect(themes.stdout.split(separator: "\n") == ["monochrome"])

        let corpus = try JSONDecoder().decode(Corpus.self, from: Corpus.bundledData())
        let item = try #require(corpus.items.first)
        let prefix = String(item.id.prefix(6))
        let expected = corpus.items.map(\.id).filter { $0.hasPrefix(prefix) }
        for (command, position) in [("show", "positional@0"), ("similar", "positional@0"), ("note", "positional@0"),
                                    ("bookmark", "positional@1")] {
            let words = command == "bookmark" ? ["lectern", command, "add", prefix] : ["lectern", command, prefix]
            let ids = try Self.run([Self.binary, "---completion", command, "--", position, "\(words.count - 1)",
                                    "\(prefix.count)"] + words)
            #expect(ids.status == 0, "\(command): \(ids.stderr)")
            #expect(ids.stdout.split(separator: "\n").map(String.init) == expected, "\(command) completes other ids")
        }
    }

    // MARK: - Install, uninstall, dist

    static let installed = [
        "bin/lectern",
        "share/bash-completion/completions/lectern",
        "share/fish/vendor_completions.d/lectern.fish",
        "share/lectern/themes/dark.toml",
        "share/lectern/themes/high-contrast.toml",
        "share/lectern/themes/light.toml",
        "share/lectern/themes/monochrome.toml",
        "share/man/man1/lectern.1",
        "share/zsh/site-functions/_lectern",
    ]

    @Test func installFilesPutsEverythingInPlaceAndUninstallRemovesIt() throws {
        let folder = try Self.temporaryFolder("install")
        defer { try? FileManager.default.removeItem(at: folder) }
        let destdir = folder.appendingPathComponent("root"), gen = folder.appendingPathComponent("gen")
        let variables = ["BIN": Self.binary, "GEN": gen.path, "DESTDIR": destdir.path, "PREFIX": "/usr"]
        let install = try Self.make("install-files", variables)
        #expect(install.status == 0, "\(install.stderr)")
        #expect(Self.files(under: destdir) == Self.installed.map { "usr/" + $0 })

        let installedBinary = destdir.appendingPathComponent("usr/bin/lectern").path
        #expect(FileManager.default.isExecutableFile(atPath: installedBinary))
        // Shipped stripped: no symbol table, no debug information.
        let sections = try Self.run(["readelf", "-S", "-W", installedBinary])
        #expect(sections.status == 0, "\(sections.stderr)")
        #expect(!sections.stdout.contains(".symtab") && !sections.stdout.contains(".debug_info"))
        let version = try Self.run([installedBinary, "--version"])
        #expect(version.stdout.hasPrefix("lectern "))
        let page = try String(contentsOf: destdir.appendingPathComponent("usr/share/man/man1/lectern.1"), encoding: .utf8)
        #expect(page.contains("/usr/share/lectern/themes/"))
        // `man lectern` finds and renders the installed page; bash loads the installed completion.
        let man = try Self.run(["man", "lectern"], environment: [
            "PATH": "/usr/bin:/bin", "MANPATH": destdir.appendingPathComponent("usr/share/man").path,
            "MANWIDTH": "80", "LANG": "C.UTF-8", "HOME": folder.path, "MANPAGER": "cat", "PAGER": "cat",
        ])
        #expect(man.status == 0, "\(man.stderr)")
        #expect(man.stdout.contains("LECTERN(1)") && man.stdout.contains("KEY BINDINGS"))
        let completion = destdir.appendingPathComponent("usr/share/bash-completion/completions/lectern").path
        let bash = try Self.run(["bash", "-c", "source \"$0\" && complete -p lectern", completion])
        #expect(bash.stdout.contains("-F _lectern lectern"), "\(bash.stderr)")

        // Something of the user's beside the installed files is left alone.
        let mine = destdir.appendingPathComponent("usr/bin/other-tool")
        try Data("x".utf8).write(to: mine)
        let uninstall = try Self.make("uninstall-files", variables)
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(Self.files(under: destdir) == ["usr/bin/other-tool"])
        #expect(!FileManager.default.fileExists(atPath: destdir.appendingPathComponent("usr/share/lectern").path))
    }

    @Test func distTarballHoldsTheInstallTreeAndItsChecksum() throws {
        let folder = try Self.temporaryFolder("dist")
        defer { try? FileManager.default.removeItem(at: folder) }
        let gen = folder.appendingPathComponent("gen"), dist = folder.appendingPathComponent("dist")
        let made = try Self.make("dist-files", ["BIN": Self.binary, "GEN": gen.path, "DIST": dist.path])
        #expect(made.status == 0, "\(made.stderr)")
        let arch = try Self.run(["uname", "-m"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let name = "lectern-\(try Self.versionNumber())-linux-\(arch)"
        #expect(Self.files(under: dist) == ["\(name).tar.gz", "\(name).tar.gz.sha256"])

        let check = try Self.run(["sha256sum", "-c", "\(name).tar.gz.sha256"], in: dist)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        let unpacked = folder.appendingPathComponent("unpacked")
        try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
        let untar = try Self.run(["tar", "-xzf", dist.appendingPathComponent("\(name).tar.gz").path, "-C", unpacked.path])
        #expect(untar.status == 0, "\(untar.stderr)")
        let licenses = (try FileManager.default.contentsOfDirectory(atPath: Self.root.path)).filter { $0.hasPrefix("LICENSE") }
        #expect(Self.files(under: unpacked.appendingPathComponent(name)) == (Self.installed + ["README.md"] + licenses).sorted())
        let version = try Self.run([unpacked.appendingPathComponent("\(name)/bin/lectern").path, "--version"])
        #expect(version.status == 0)
    }
}
