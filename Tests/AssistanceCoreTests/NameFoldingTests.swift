import Foundation
import Testing
@testable import AssistanceCore

/// Issue 16, "finding people by name": plain-ASCII queries find names in Vietnamese, Danish,
/// Turkish, German, Romanian, Polish and Cyrillic, and near misses do not.
@Suite struct NameFoldingTests {
    /// A name, the queries that must find it, and the ones that must not.
    struct Row: CustomTestStringConvertible, Sendable {
        var name: String
        var finds: [String]
        var misses: [String]
        var testDescription: String { name }
    }

    static let table: [Row] = [
        Row(name: "Nguyễn Văn Đức", finds: ["duc", "nguyen", "van duc", "Nguyen Van Duc", "NGUYỄN", "nguyễn văn", "vanduc", "Đức"],
            misses: ["dux", "nguyet", "ngyuen", "duch", "van  dux"]),
        Row(name: "Trần Thị Hồng", finds: ["tran", "thi", "hong", "tran thi hong", "Trần"], misses: ["trang", "hung", "thu hong"]),
        Row(name: "Søren Ærø Åse", finds: ["soren", "soeren", "Søren", "aero", "aeroe", "ærø", "aase", "ase", "SØREN ÆRØ"],
            misses: ["asa", "sorensen", "sarah", "aeros"]),
        Row(name: "Bjørn", finds: ["bjorn", "bjoern", "BJØRN", "bjø"], misses: ["bjarne", "born", "bjorne"]),
        Row(name: "Işıl Çağrı Ömer", finds: ["isil", "cagri", "omer", "oemer", "IŞIL", "ışıl", "isil cagri"], misses: ["ozer", "cagla", "isik"]),
        Row(name: "İbrahim", finds: ["ibrahim", "İBRAHİM", "IBRAHIM", "ibrahım"], misses: ["abraham", "ibrahimi"]),
        Row(name: "Müller", finds: ["muller", "mueller", "MÜLLER", "mül"], misses: ["miller", "muler", "mueler"]),
        Row(name: "Weiß", finds: ["weiss", "WEISS", "weiß", "WEIẞ"], misses: ["weib", "weis s x", "white"]),
        Row(name: "Ștefan Țurcanu", finds: ["stefan", "turcanu", "Ştefan Ţurcanu", "ștefan"], misses: ["stefano", "tarcanu", "steven"]),
        Row(name: "Ştefan Ţurcanu", finds: ["stefan", "turcanu", "Ștefan Țurcanu"], misses: ["stephan"]),
        Row(name: "Łukasz Wałęsa", finds: ["lukasz", "walesa", "Łukasz", "WAŁĘSA"], misses: ["lucas", "lucasz", "walensa"]),
        Row(name: "Zofia Żółć", finds: ["zofia", "zolc", "żółć", "zofia zolc"], misses: ["zolch", "sofia"]),
        Row(name: "Олена Петренко", finds: ["olena", "petrenko", "Олена", "олена", "ПЕТРЕНКО", "olena petrenko"], misses: ["alena", "petrenka"]),
        Row(name: "Иван", finds: ["ivan", "иван", "ИВАН", "Ivan"], misses: ["ivana", "iwan"]),
        Row(name: "Юлія Мельник", finds: ["iuliia", "yuliia", "melnyk", "melnik", "Юлія"], misses: ["julia", "melnick"]),
        Row(name: "Jean-Pierre", finds: ["jeanpierre", "jean pierre", "Jean-Pierre", "jean-pi", "JEAN.PIERRE"], misses: ["jeanne", "pierrot"]),
        Row(name: "O'Brien", finds: ["obrien", "o brien", "O’Brien", "o'b", "brien"], misses: ["obrian", "o'brein"]),
        Row(name: "Mueller", finds: ["Müller", "muller", "mueller"], misses: ["miller"]),
        Row(name: "Νίκος Σοφία", finds: ["νικος", "ΝΙΚΟΣ", "σοφια", "Σοφία"], misses: ["nikos"]),
    ]

    @Test(arguments: table) func plainQueriesFindTheNameAndNearMissesDoNot(row: Row) {
        let key = NameFolding.key([row.name])
        for query in row.finds {
            #expect(NameQuery(query).matches(key), "'\(query)' should find '\(row.name)'")
        }
        for query in row.misses {
            #expect(!NameQuery(query).matches(key), "'\(query)' should not find '\(row.name)'")
        }
    }

    @Test func plainFormsAreTheASCIISpellings() {
        let plain: [(String, String)] = [
            ("Nguyễn Văn Đức", "nguyenvanduc"), ("Søren Ærø Åse", "sorenaeroase"), ("Işıl Çağrı Ömer", "isilcagriomer"),
            ("İbrahim", "ibrahim"), ("Weiß", "weiss"), ("Ștefan Ţurcanu", "stefanturcanu"), ("Łukasz Wałęsa", "lukaszwalesa"),
            ("Zofia Żółć", "zofiazolc"), ("Олена Петренко", "olenapetrenko"), ("Щербак Жанна Хомич", "shcherbakzhannakhomich"),
            ("Ольга Юрьевна", "olgaiurevna"), ("Þóra Ðóttir", "thoradottir"), ("O’Brien-Smith Jr.", "obriensmithjr"),
            ("C-2026-0042", "c20260042"), ("ｄｕｃ", "duc"), ("Ĳsbrand", "ijsbrand"), ("Nguye\u{302}\u{303}n", "nguyen"),
        ]
        for (text, folded) in plain {
            #expect(String(decoding: NameFolding.plain(text), as: UTF8.self) == folded, "\(text)")
        }
        // Scripts without a Latin spelling keep their letters, lower-cased, marks dropped.
        #expect(String(decoding: NameFolding.plain("李娜"), as: UTF8.self) == "李娜")
        #expect(String(decoding: NameFolding.plain("ΣΟΦΊΑ"), as: UTF8.self) == "σοφια")
    }

    @Test func looseFormsMakeTheTwoSpellingsOne() {
        for (first, second) in [("Søren", "Soeren"), ("Müller", "Mueller"), ("Åse", "Aase"), ("Ærø", "Aeroe"), ("Mykola", "Микола")] {
            #expect(NameFolding.loose(first) == NameFolding.loose(second), "\(first) / \(second)")
        }
        #expect(NameFolding.loose("Bjørn") != NameFolding.loose("Bjarne"))
    }

    @Test func aQueryNeverSpansTwoFields() {
        let key = NameFolding.key(["C-2026-0001", "Van Du", "Cuba"])
        #expect(NameQuery("van du").matches(key))
        #expect(NameQuery("cuba").matches(key))
        #expect(!NameQuery("ducuba").matches(key))
        #expect(!NameQuery("0001van").matches(key))
    }

    @Test func blankOrPunctuationOnlyQueriesAreEmptyAndMatchEverything() {
        for text in ["", "  ", " - ", "'.", "\u{201C}\u{201D}"] {
            #expect(NameQuery(text).isEmpty, "'\(text)'")
            #expect(NameQuery(text).matches(NameFolding.key(["Amina"])))
        }
        // Escape sequences lose their control character; what is left is searched for.
        #expect(NameQuery("\u{1B}[2J").matches(NameFolding.key(["Eve\u{1B}[2J"])))
    }

    @Test func fieldsMatchWholeOrByTheirStart() {
        let key = NameFolding.key(["Côte d'Ivoire", "ci"])
        #expect(NameQuery("cote").startsAField(of: key))
        #expect(NameQuery("CI").startsAField(of: key))
        #expect(!NameQuery("ivoire").startsAField(of: key))
        #expect(NameQuery("ivoire").matches(key))
        #expect(NameQuery("cote d ivoire").equalsAField(of: key))
        #expect(NameQuery("ci").equalsAField(of: key))
        #expect(!NameQuery("cote").equalsAField(of: key))
        #expect(!NameQuery("").equalsAField(of: key))
    }

    @Test func theGeneratedDecompositionsAreThisPlatformsOwn() {
        var index = 0
        var checked = 0
        let list = NameFoldingTable.decompositions
        while index + 1 < list.count {
            let count = Int(list[index + 1])
            let scalar = Unicode.Scalar(list[index])!
            let expected = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
                .filter { $0.properties.generalCategory != .nonspacingMark }.map(\.value)
            #expect(Array(list[(index + 2)..<(index + 2 + count)]) == expected, "U+\(String(scalar.value, radix: 16, uppercase: true))")
            #expect(scalar.value < NameFoldingTable.tableEnd)
            index += 2 + count
            checked += 1
        }
        #expect(index == list.count)
        #expect(checked > 1_000)
    }
}
