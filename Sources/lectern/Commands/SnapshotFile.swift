import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

/// An arXiv metadata snapshot file opened to be streamed by `import` and `library add`: its head was
/// read to recognise it, the rest is read in chunks while the corpus is written.
final class SnapshotFile {
    let path: String
    private let handle: FileHandle
    private var head: [UInt8]?
    private let chunkSize: Int

    /// The file at `path` when it is a snapshot, nil otherwise (or when it cannot be opened: the
    /// caller's whole read then reports it).
    init?(path: String, chunkSize: Int) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        let head = [UInt8]((try? handle.read(upToCount: chunkSize)) ?? Data())
        guard SourceImport.reader(for: head) == ArxivSnapshotReader.self else {
            try? handle.close()
            return nil
        }
        self.path = path
        self.handle = handle
        self.head = head
        self.chunkSize = chunkSize
        closes = true
    }

    private init(standardInput head: [UInt8], chunkSize: Int) {
        path = "-"
        handle = FileHandle.standardInput
        self.head = head
        self.chunkSize = chunkSize
        closes = false
    }

    /// Standard input: a snapshot to stream, or all of its bytes when it is something else.
    static func standardInput(chunkSize: Int) -> (snapshot: SnapshotFile?, bytes: [UInt8]) {
        let head = [UInt8]((try? FileHandle.standardInput.read(upToCount: chunkSize)) ?? Data())
        if SourceImport.reader(for: head) == ArxivSnapshotReader.self {
            return (SnapshotFile(standardInput: head, chunkSize: chunkSize), [])
        }
        return (nil, head + [UInt8](FileHandle.standardInput.readDataToEndOfFile()))
    }

    private let closes: Bool

    deinit { if closes { try? handle.close() } }

    /// The next chunk, nil at the end.
    func next() throws -> [UInt8]? {
        if let head {
            self.head = nil
            return head
        }
        let data = try handle.read(upToCount: chunkSize) ?? Data()
        return data.isEmpty ? nil : [UInt8](data)
    }

    /// Streams `importer`'s corpus to `writer`, reporting a failure as `import` does (the writer is
    /// abandoned): a snapshot with no readable line exits 65, a read or write failure 74.
    static func write(_ importer: CorpusStreamImport, sources: [String], snapshots: [SnapshotFile], to writer: AtomicFileWriter,
                      observe: (Item) -> Void = { _ in }) throws -> CorpusStreamImport.Outcome {
        var reading = ""
        do {
            return try importer.write(sources: sources, chunk: { k in
                reading = snapshots[k].path
                return try snapshots[k].next()
            }, write: { try writer.write($0) }, observe: observe)
        } catch let error as ImportError {
            writer.abandon()
            Diagnostics.error(error.description)
            throw ExitCode.dataError
        } catch let error as StorageError {
            writer.abandon()
            Diagnostics.error("\(error)")
            throw ExitCode.ioError
        } catch {
            writer.abandon()
            Diagnostics.error("\(reading): cannot read: \(error.localizedDescription)")
            throw ExitCode.ioError
        }
    }
}
