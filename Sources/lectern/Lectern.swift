import ArgumentParser

@main
struct Lectern: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lectern",
        abstract: "Explore conference talks and research papers in the terminal.",
        version: "0.1.0"
    )

    func run() throws {
        print("lectern")
    }
}
