import Foundation
import Testing

@testable import AssistanceCore
import TestSupport

/// Replay decodes each entry's command straight from the line's bytes (issue 6); these check
/// that it gives exactly what decoding the `JSONValue` tree gives, line for line, refusals
/// and their sentences included.
@Suite("Replay decoding from bytes")
struct ReplayDecodingTests {
    /// One line of every event type, with its optional keys, in the order the writer uses.
    static let linePerType: [(type: String, data: String)] = [
        ("user.added", #"{"login":"mette","display_name":"Mette Holm","role":"caseworker"}"#),
        ("user.role_changed", #"{"login":"mette","role":"coordinator"}"#),
        ("org.added", #"{"id":"O-7","name":"Reden","kind":"ngo","contact":"+45 1234","city":"Aarhus"}"#),
        ("org.updated", #"{"id":"O-7","name":"Reden Int","kind":"shelter","contact":"x","city":"Odense","active":false}"#),
        ("case.opened", #"{"id":"C-2026-0042","alias":"Ana","legal_name":"Ana Maria","sex":"female","birth_year":1999,"birth_date":"1999-04-02","nationality":"ro","languages":["ro","en"],"exploitation":["sexual","forced_labour"],"identified_on":"2026-11-02","identified_by":"police","shelter":"North","caseworker":"mette","risk":"high","consent_processing":true,"consent_sharing":false}"#),
        ("case.updated", #"{"case":"C-2026-0042","alias":"Ana B","sex":"unknown","languages":[],"exploitation":["other"],"risk":"low"}"#),
        ("case.assigned", #"{"case":"C-2026-0042","caseworker":"mette"}"#),
        ("case.consent_recorded", #"{"case":"C-2026-0042","processing":true,"sharing":true}"#),
        ("case.reflection_started", #"{"case":"C-2026-0042","starts_on":"2026-11-02"}"#),
        ("case.reflection_extended", #"{"case":"C-2026-0042","ends_on":"2027-01-31","reason":"prepared return"}"#),
        ("case.closed", #"{"case":"C-2026-0042","reason":"residence_permit","closed_on":"2027-02-01","note":"granted"}"#),
        ("case.reopened", #"{"case":"C-2026-0042","reason":"came back"}"#),
        ("step.recorded", #"{"case":"C-2026-0042","kind":"legal_counselling","date":"2026-11-03","done":false,"org":"O-7","note":"at 10"}"#),
        ("step.done", #"{"step":12,"done_on":"2026-11-04","note":"went well"}"#),
        ("referral.sent", #"{"id":"R-2026-0003","case":"C-2026-0042","org":"O-7","service":"medical","note":"n","made_on":"2026-11-03","respond_by":"2026-11-10","consent_override":"urgent"}"#),
        ("referral.accepted", #"{"referral":"R-2026-0003","on":"2026-11-05","service_date":"2026-11-12","note":"ok"}"#),
        ("referral.declined", #"{"referral":"R-2026-0003","on":"2026-11-05","reason":"full"}"#),
        ("referral.completed", #"{"referral":"R-2026-0003","on":"2026-11-20","note":"done"}"#),
        ("referral.withdrawn", #"{"referral":"R-2026-0003","on":"2026-11-06","reason":"moved"}"#),
        ("referral.follow_up", #"{"referral":"R-2026-0003","on":"2026-11-08","note":"called"}"#),
        ("note.added", #"{"case":"C-2026-0042","text":"First talk."}"#),
        ("entry.amended", #"{"target":5,"reason":"typo","changes":{"alias":"Anna","birth_year":1998,"languages":["ro"],"consent":true}}"#),
        ("entry.retracted", #"{"target":5,"reason":"wrong case"}"#),
        ("journal.recovered", #"{"first_line":59,"last_line":62,"bytes":1234,"reason":"entry 58 (note.added) breaks a rule","side_file":"journal.jsonl.recovered-20261204T101010123","sha256":"\#(String(repeating: "0f", count: 32))"}"#),
    ]

    @Test("every event type decodes from bytes to the same command as from the JSON tree")
    func everyEventType() {
        #expect(Set(Self.linePerType.map(\.type)) == Set(EventType.allCases.map(\.rawValue)))
        for (type, data) in Self.linePerType {
            expectSameDecoding(entryLine(type: type, data: data), fromBytes: true)
        }
    }

    @Test("every line of a demo journal decodes from bytes to the same entry and command")
    func demoJournal() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let entries = DemoJournal.entries(
            seed: 11, cases: 40, creator: "admin", today: CalendarDate(iso: "2026-11-30")!, zone: TimeZone(identifier: "UTC")!)
        try JournalFile.create(at: path).appendBatch(entries)
        let lines = fileBytes(path).split(separator: 0x0A).dropFirst().map { Array($0) }
        try #require(lines.count == entries.count)
        var typesFromBytes: Set<String> = []
        for line in lines {
            let reference = slowReplayDecoding(line)
            #expect(replayDecoding(line) == reference)
            if let fast = bytesOnlyDecoding(line) {
                #expect(fast == reference)
                if case .decoded(let entry, _, _, _, _) = fast { typesFromBytes.insert(entry.type) }
            }
        }
        // Amendments too: the bytes path parses just their `changes` object.
        #expect(typesFromBytes.count >= 15)
        #expect(typesFromBytes.contains("case.opened") && typesFromBytes.contains("entry.amended"))
    }

    @Test("members in any order, null optionals, spaces and duplicate keys decode as from the tree")
    func keyOrderAndLayout() {
        let lines = [
            #"{"consent_sharing":true,"consent_processing":false,"identified_by":"ngo","identified_on":"2026-01-09","exploitation":["slavery_like"],"languages":["da"],"sex":"male","alias":"B","id":"C-2026-0001"}"#,
            #"{ "case" : "C-1" , "processing" : false , "sharing" : true }"#,
            #"{"referral":"R-1","on":"2026-11-05","service_date":null,"note":null}"#,
            #"{"case":"C-1","text":"first","text":"second"}"#,
            #"{"case":null,"case":"C-1","text":"t"}"#,
            #"{"login":"a","display_name":"A","role":"admin","extra":{"deep":[1,2.5,-3e2,true,null,{"k":"v"}]}}"#,
            #"{"id":"C-9","alias":"Z","sex":"female","languages":[ "a" , "b" ],"exploitation":[],"identified_on":"2026-01-09","identified_by":"centre","consent_processing":true,"consent_sharing":true,"birth_year":-4}"#,
            #"{}"#,
        ]
        let types = ["case.opened", "case.consent_recorded", "referral.accepted", "note.added", "note.added", "user.added", "case.opened", "case.assigned"]
        for (type, data) in zip(types, lines) {
            expectSameDecoding(entryLine(type: type, data: data), fromBytes: true)
        }
    }

    @Test("strings with escapes decode to the same text, tokens and dates as from the tree")
    func escapes() {
        let cases: [(type: String, data: String)] = [
            ("note.added", #"{"case":"C-1","text":"line\none \"q\" \\ \/ \t\r\b\f"}"#),
            ("note.added", #"{"case":"C-1","text":"\u00e6\u00f8\u00e5 Åse \ud83d\ude00 😀"}"#),
            // Non-ASCII right after a key, in the same eight bytes: the key itself is still plain ASCII.
            ("note.added", #"{"on":"æ","case":"C-1","text":"ø"}"#),
            ("user.added", #"{"login":"a","display_name":"A","role":"\u0061dmin"}"#),
            ("case.reflection_started", #"{"case":"C-1","starts_on":"2026\u002d11-02"}"#),
            ("case.updated", #"{"case":"C-1","languages":["\u00e6","b\nc"],"exploitation":["\u0073exual"],"nationality":"\u0064k"}"#),
        ]
        for (type, data) in cases {
            expectSameDecoding(entryLine(type: type, data: data), fromBytes: true)
        }
    }

    @Test("refused data gives the same field and sentence from bytes as from the tree")
    func refusals() {
        let cases: [(type: String, data: String)] = [
            ("user.added", #"{"login":1,"display_name":"A","role":"admin"}"#),
            ("user.added", #"{"display_name":"A","role":"admin"}"#),
            ("user.added", #"{"login":null,"display_name":"A","role":"admin"}"#),
            ("user.added", #"{"login":"a","display_name":"A","role":"boss"}"#),
            ("user.added", #"{"login":"a","display_name":"A","role":"Admin"}"#),
            ("user.added", #"{"login":"a","display_name":"A","role":"admín"}"#),
            ("user.added", #"{"login":"a","display_name":"A","role":["admin"]}"#),
            ("case.consent_recorded", #"{"case":"C-1","processing":"yes","sharing":true}"#),
            ("case.consent_recorded", #"{"case":"C-1","processing":1,"sharing":true}"#),
            ("step.done", #"{"step":"12","done_on":"2026-11-04"}"#),
            ("step.done", #"{"step":12.0,"done_on":"2026-11-04"}"#),
            ("step.done", #"{"step":99999999999999999999,"done_on":"2026-11-04"}"#),
            ("step.done", #"{"step":12,"done_on":"2026-02-30"}"#),
            ("step.done", #"{"step":12,"done_on":"2026-1-04"}"#),
            ("step.done", #"{"step":12,"done_on":20261104}"#),
            ("step.done", #"{"step":12,"done_on":"２０２６-11-04"}"#),
            ("case.opened", #"{"id":"C-1","alias":"A","sex":"female","languages":"da","exploitation":[],"identified_on":"2026-01-09","identified_by":"ngo","consent_processing":true,"consent_sharing":true}"#),
            ("case.opened", #"{"id":"C-1","alias":"A","sex":"female","languages":["da",2],"exploitation":[],"identified_on":"2026-01-09","identified_by":"ngo","consent_processing":true,"consent_sharing":true}"#),
            ("case.opened", #"{"id":"C-1","alias":"A","sex":"female","languages":[],"exploitation":["sexual","theft"],"identified_on":"2026-01-09","identified_by":"ngo","consent_processing":true,"consent_sharing":true}"#),
            ("case.opened", #"{"id":"C-1","alias":"A","sex":"female","languages":[],"exploitation":[["sexual"]],"identified_on":"2026-01-09","identified_by":"ngo","consent_processing":true,"consent_sharing":true}"#),
            ("case.opened", #"{"id":"C-1","alias":"A","sex":"female","languages":[],"exploitation":{"a":"sexual"},"identified_on":"2026-01-09","identified_by":"ngo","consent_processing":true,"consent_sharing":true}"#),
            ("case.opened", #"{"id":"C-1","alias":"A","sex":"female","nationality":"XX","languages":[],"exploitation":[],"identified_on":"2026-01-09","identified_by":"ngo","consent_processing":true,"consent_sharing":true}"#),
            ("case.opened", #"{"id":"C-1","alias":"A","sex":"female","birth_year":1999.5,"languages":[],"exploitation":[],"identified_on":"2026-01-09","identified_by":"ngo","consent_processing":true,"consent_sharing":true}"#),
            ("case.updated", #"{"case":"C-1","languages":null,"exploitation":null,"risk":"extreme"}"#),
            ("entry.amended", #"{"target":5,"reason":"typo","changes":["alias"]}"#),
            ("entry.amended", #"{"target":5,"reason":"typo"}"#),
        ]
        for (type, data) in cases {
            expectSameDecoding(entryLine(type: type, data: data), fromBytes: true)
        }
    }

    @Test("data the bytes path leaves alone still decodes, or is refused, exactly as from the tree")
    func leftToTheTree() {
        let cases: [(type: String, data: String)] = [
            ("user.added", #"{"log\u0069n":"a","display_name":"A","role":"admin"}"#),
            ("user.added", #"{"løgin":"a","login":"a","display_name":"A","role":"admin"}"#),
            ("user.added", #"["login"]"#),
            ("user.added", #""text""#),
            ("user.added", #"null"#),
            ("user.invented", #"{"login":"a"}"#),
            ("usér.added", #"{"login":"a"}"#),
            ("user\\u002eadded", #"{"login":"a","display_name":"A","role":"admin"}"#),
            ("note.added", "{" + (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + ",\"case\":\"C-1\",\"text\":\"t\"}"),
        ]
        for (type, data) in cases {
            expectSameDecoding(entryLine(type: type, data: data), fromBytes: false)
        }
    }

    @Test("invalid JSON in the data refuses the line with the same reason as before")
    func invalidJSON() {
        // The entry is depth 1 and its data 2, so 62 nested arrays inside reach the limit of 64.
        let deep = String(repeating: "[", count: 62) + String(repeating: "]", count: 62)
        let tooDeep = String(repeating: "[", count: 63) + String(repeating: "]", count: 63)
        let texts = [
            #"{"case":"C-1","text":"bad \x escape"}"#,
            #"{"case":"C-1","text":"\u12"}"#,
            #"{"case":"C-1","text":"\ud800 alone"}"#,
            #"{"case":"C-1","text":"\udc00 low"}"#,
            #"{"case":"C-1","text":"t","x":["\q"]}"#,
            #"{"case":"C-1","text":"t","x":{"k\z":1}}"#,
            "{\"case\":\"C-1\",\"text\":\"tab\tinside\"}",
            #"{"case":"C-1","text":"t",}"#,
            #"{"case":"C-1","text":"t""#,
            #"{"case":"C-1","text":"t","n":01}"#,
            #"{"case":"C-1","text":"t","n":1.}"#,
            #"{"case":"C-1","text":"t","n":tru}"#,
            #"{"case":"C-1" "text":"t"}"#,
            #"{"case":"C-1","text":"t","x":[1,]}"#,
            "{\"case\":\"C-1\",\"text\":\"t\",\"x\":\(deep)}",
            "{\"case\":\"C-1\",\"text\":\"t\",\"x\":\(tooDeep)}",
        ]
        for data in texts {
            let line = entryLine(type: "note.added", data: data)
            expectSameDecoding(line, fromBytes: false)
            // Falling back always matches the reference; what must hold is that the bytes path never takes invalid JSON.
            if data != "{\"case\":\"C-1\",\"text\":\"t\",\"x\":\(deep)}" { #expect(bytesOnlyDecoding(line) == nil, "\(data)") }
        }
        let wellFormedDeep = entryLine(type: "note.added", data: "{\"case\":\"C-1\",\"text\":\"t\",\"x\":\(deep)}")
        #expect(bytesOnlyDecoding(wellFormedDeep) != nil)
        #expect(slowReplayDecoding(entryLine(type: "note.added", data: "{\"x\":\(tooDeep)}")) != slowReplayDecoding(wellFormedDeep))

        // Bytes that are not UTF-8: a lone continuation byte, an overlong form, a surrogate.
        for bad: [UInt8] in [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
            let quoted = [UInt8(ascii: "\"")] + bad + [UInt8(ascii: "\"")]
            let places = [
                Array(#"{"case":"C-1","text":"#.utf8) + quoted + Array("}".utf8),
                Array(#"{"case":"C-1","text":"t","x":["#.utf8) + quoted + Array("]}".utf8),
                Array(#"{"case":"C-1","text":"t","x":{"#.utf8) + quoted + Array(":1}}".utf8),
            ]
            for data in places {
                let line = entryLine(type: "note.added", dataBytes: data)
                if case .decoded = slowReplayDecoding(line) { Issue.record("the reference accepted invalid UTF-8") }
                expectSameDecoding(line, fromBytes: false)
                #expect(bytesOnlyDecoding(line) == nil)
            }
        }
    }
}

/// The string scanner reads eight bytes at a time; whatever needs a look must be seen at
/// every position inside and across those words.
@Suite("String scanning eight bytes at a time")
struct StringScanningTests {
    @Test("an escape, a quote, a control character or a non-ASCII letter is seen at any offset")
    func everyOffset() throws {
        for offset in 0..<24 {
            let before = String(repeating: "a", count: offset)
            let after = String(repeating: "b", count: 19 - offset % 19)
            #expect(try JSONParser.parse("\"\(before)\\n\(after)\"") == .string(before + "\n" + after))
            #expect(try JSONParser.parse("\"\(before)\\u00e6\(after)\"") == .string(before + "æ" + after))
            #expect(try JSONParser.parse("\"\(before)æ\(after)\"") == .string(before + "æ" + after))
            #expect(try JSONParser.parse("[\"\(before)\",\"\(after)\"]") == .array([.string(before), .string(after)]))
            #expect(throws: JSONParseError(offset: offset + 1, expected: "a control character to be escaped")) {
                try JSONParser.parse("\"\(before)\u{1F}\(after)\"")
            }
            #expect(throws: JSONParseError(offset: offset + 1, expected: "valid UTF-8")) {
                try JSONParser.parse(Array("\"\(before)".utf8) + [0xFF] + Array("\(after)\"".utf8))
            }
            let unterminated = "\"\(before)\(after)"
            #expect(throws: JSONParseError(offset: unterminated.utf8.count, expected: "'\"' to close the string")) {
                try JSONParser.parse(unterminated)
            }
        }
    }
}
