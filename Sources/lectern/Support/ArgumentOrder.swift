/// Puts a command line in the shape the argument parser reads, before it reads it:
///
/// - `--corpus FILE` before the subcommand moves after it (`lectern --corpus X list` works like
///   `lectern list --corpus X`, as `git -C DIR` does);
/// - for the commands that take free text (`search` and `export` a query, `note` its text), a word
///   that starts with `-` but is none of the command's options is text: the options go first, then
///   `--`, then the words in their order (a `--word` is still an option, so a typo is an error). So `lectern search speech -transformer` excludes a word and
///   `lectern note ID '- dash first'` saves that note.
enum ArgumentOrder {
    /// The options of each free-text command, with whether each takes a value.
    static let textCommands: [String: [String: Bool]] = [
        "search": ["--limit": true, "--json": false, "--corpus": true],
        "export": ["--format": true, "--output": true, "-o": true, "--booktitle": true, "--corpus": true],
        "note": ["--corpus": true],
    ]
    static let help: Set<String> = ["-h", "--help", "--version"]

    static func normalise(_ arguments: [String]) -> [String] {
        var args = arguments
        // Leading `--corpus X` / `--corpus=X`, then the subcommand.
        var leading: [String] = []
        while let first = args.first {
            if first == "--corpus", args.count >= 2 {
                leading += args.prefix(2)
                args.removeFirst(2)
            } else if first.hasPrefix("--corpus=") {
                leading.append(first)
                args.removeFirst()
            } else {
                break
            }
        }
        guard let command = args.first, !command.hasPrefix("-") else { return leading + args }
        let rest = Array(args.dropFirst())
        guard let options = textCommands[command] else { return [command] + leading + rest }
        var known: [String] = leading
        var words: [String] = []
        var i = 0
        while i < rest.count {
            let a = rest[i]
            if a == "--" {
                words += rest[(i + 1)...]
                break
            }
            let name = a.split(separator: "=", maxSplits: 1).first.map(String.init) ?? a
            if let takesValue = options[name] {
                known.append(a)
                if takesValue, !a.contains("="), i + 1 < rest.count {
                    known.append(rest[i + 1])
                    i += 1
                }
            } else if help.contains(a) || (a.hasPrefix("--") && !a.contains(where: \.isWhitespace)) {
                // `--jsno` is a mistyped option and stays an error; `-word` and `'-- a note'` are text.
                known.append(a)
            } else {
                words.append(a)
            }
            i += 1
        }
        guard words.contains(where: { $0.hasPrefix("-") }) else { return [command] + known + words }
        return [command] + known + ["--"] + words
    }
}
