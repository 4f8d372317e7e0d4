/// RFC 4180 records: fields separated by commas, quoted with `"` (a doubled `""` inside is one
/// quote, and a quoted field may hold commas and line breaks), records ended by CRLF or LF. One
/// pass over the bytes, linear in their length.
struct CSVRecords {
    struct Record {
        var fields: [String]
        /// The line the record starts on.
        var line: Int
    }

    /// A quoted field still open at the end of the input, opened on `line`.
    struct Unclosed: Error {
        var line: Int
    }

    /// The records of `bytes` (a byte-order mark skipped), with an unclosed quote reported at the
    /// line its record began; the records before it are kept.
    static func parse(_ bytes: [UInt8]) -> (records: [Record], unclosed: Unclosed?) {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1, recordLine = 1
        var quoted = false, wasQuoted = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(fields: fields, line: recordLine)) }
            fields.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
            } else {
                switch b {
                case 0x22 where field.isEmpty && !wasQuoted:
                    quoted = true
                    wasQuoted = true
                case 0x2C:
                    endField()
                case 0x0A:
                    endRecord()
                    line += 1
                    recordLine = line
                case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A:
                    break
                default:
                    field.append(b)
                }
            }
            i += 1
        }
        if quoted { return (records, Unclosed(line: recordLine)) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return (records, nil)
    }
}
