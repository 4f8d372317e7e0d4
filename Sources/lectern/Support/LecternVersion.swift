/// The one place the version is written.
enum LecternVersion {
    static let number = "0.1.0"
    static var text: String { "lectern \(number)" }
}
