/// The invented people, places and texts the demo journal draws from. The mix follows the
/// Danish figures (DESIGN.md §1–2): mostly women, sexual exploitation and forced labour
/// most common, some forced criminality, a few minors.
enum DemoCatalogue {
    /// Staff besides the creator: login, display name, role.
    static let staff: [(login: String, name: String, role: Role)] = [
        ("mnielsen", "Mette Nielsen", .caseworker),
        ("jlund", "Jonas Lund", .caseworker),
        ("fahmed", "Fatima Ahmed", .caseworker),
        ("skrag", "Sofie Krag", .coordinator),
        ("kbech", "Karin Bech", .supervisor),
    ]

    static let staffFirstNames = ["Anne", "Birgitte", "Camilla", "Dorte", "Emil", "Frederik", "Hanne", "Ida", "Kasper", "Line", "Nanna", "Rasmus", "Tobias", "Ulla"]
    static let staffLastNames = ["Andersen", "Dahl", "Eriksen", "Friis", "Holm", "Juhl", "Kjær", "Mortensen", "Østergaard", "Poulsen", "Skov", "Vestergaard"]

    /// Organisations: id, name, kind, contact, city. The last one is closed down during the demo.
    static let organisations: [(id: String, name: String, kind: OrganisationKind, contact: String, city: String)] = [
        ("nordlys", "Nordlys Shelter", .shelter, "+45 70 10 20 30", "Aarhus"),
        ("havnely", "Havnely Women's Shelter", .shelter, "kontakt@havnely.example", "København"),
        ("broen", "Broen Support Network", .ngo, "+45 33 44 55 66", "København"),
        ("fyrtaarnet", "Fyrtårnet Outreach", .ngo, "hej@fyrtaarnet.example", "Odense"),
        ("vesterbro-clinic", "Vesterbro Health Clinic", .healthService, "+45 35 12 34 56", "København"),
        ("legal-aid", "Free Legal Aid Office", .legalAid, "raadgivning@legalaid.example", "København"),
        ("police-tu", "Police Trafficking Unit", .police, "+45 11 22 33 44", "Glostrup"),
        ("immigration", "Immigration Service, Asylum Division", .immigrationService, "+45 35 36 66 00", "Næstved"),
        ("municipality-ss", "Municipal Social Services", .municipality, "socialcenter@kommune.example", "Aalborg"),
        ("return-programme", "International Return Programme", .internationalOrganisation, "return@iro.example", "København"),
        ("consular-liaison", "Consular Liaison Office", .embassy, "+45 39 62 00 00", "Hellerup"),
        ("old-drop-in", "Old Drop-in Centre", .other, "none", "Esbjerg"),
    ]

    /// Which kinds of organisation provide a service.
    static func providers(of service: StepKind) -> [OrganisationKind] {
        switch service {
        case .accommodation: [.shelter]
        case .medical, .psychological: [.healthService]
        case .legalCounselling: [.legalAid]
        case .preparedReturn: [.internationalOrganisation, .embassy]
        case .education, .employment: [.municipality]
        default: [.ngo]
        }
    }

    /// Nationality, weight, aliases, surnames, the language they speak.
    static let nationalities: [(code: String, weight: Int, aliases: [String], surnames: [String], language: String)] = [
        ("NG", 18, ["Blessing", "Joy", "Precious", "Favour", "Esther", "Amina", "Chioma"], ["Okafor", "Eze", "Adeyemi"], "English"),
        ("RO", 12, ["Ioana", "Elena", "Andrei", "Mihaela", "Florin"], ["Popescu", "Dumitru", "Stan"], "Romanian"),
        ("TH", 10, ["Malee", "Siriporn", "Nok", "Ploy"], ["Srisuk", "Chaiyaporn"], "Thai"),
        ("VN", 9, ["Linh", "Mai", "Tuấn", "Hoa", "Đức"], ["Nguyễn", "Trần", "Phạm"], "Vietnamese"),
        ("UG", 7, ["Grace", "Sarah", "Brenda", "Patience"], ["Nakato", "Achieng"], "English"),
        ("UA", 6, ["Оксана", "Olena", "Dmytro", "Iryna"], ["Kovalenko", "Бондар"], "Ukrainian"),
        ("CN", 6, ["李娜", "Wei", "美玲", "Xiu"], ["王", "Zhang"], "Chinese"),
        ("PH", 5, ["Maricel", "Rowena", "Jocelyn", "Angelo"], ["Santos", "Reyes"], "Tagalog"),
        ("BR", 5, ["Camila", "Thiago", "Luana"], ["Silva", "Oliveira"], "Portuguese"),
        ("DK", 4, ["Freja", "Sara", "Mikkel", "Søren"], ["Jørgensen", "Bæk"], "Danish"),
        ("BG", 4, ["Desislava", "Ivan", "Мария"], ["Petrova", "Georgiev"], "Bulgarian"),
        ("ER", 3, ["Senait", "Yonas", "Helen"], ["Tesfay", "Gebremariam"], "Tigrinya"),
        ("PL", 3, ["Agnieszka", "Paweł", "Kasia"], ["Nowak", "Wiśniewska"], "Polish"),
        ("KE", 3, ["Wanjiru", "Akinyi"], ["Otieno", "Kamau"], "Swahili"),
        ("HU", 2, ["Zsófia", "Bence"], ["Kovács", "Tóth"], "Hungarian"),
    ]

    /// The nationalities with their weights, for weighted picking.
    static let weightedNationalities = nationalities.indices.map { ($0, nationalities[$0].weight) }

    static let exploitation: [(ExploitationForm, Int)] = [
        (.sexual, 50), (.forcedLabour, 30), (.forcedCriminality, 10), (.slaveryLike, 5), (.forcedMarriage, 2), (.other, 1),
        (.notEstablished, 2),
    ]

    static let sexes: [(Sex, Int)] = [(.female, 74), (.male, 22), (.transgender, 3), (.unknown, 1)]

    static let identifiers: [(IdentifiedBy, Int)] = [
        (.centre, 30), (.police, 25), (.immigrationService, 20), (.ngo, 15), (.municipality, 7), (.court, 2), (.other, 1),
    ]

    static let shelters = ["Nordlys Shelter, Aarhus", "Havnely, København", "Safe flat, Odense", "Own address", "Crisis centre, Aalborg"]

    static let doneStepKinds: [(StepKind, Int)] = [
        (.medical, 20), (.psychological, 14), (.legalCounselling, 14), (.interpreter, 10), (.materialSupport, 10),
        (.contactPersonMeeting, 12), (.accompaniment, 8), (.education, 4), (.employment, 4), (.outreach, 3), (.other, 1),
    ]

    static let referralKinds: [(StepKind, Int)] = [
        (.medical, 20), (.psychological, 16), (.legalCounselling, 18), (.accommodation, 10), (.preparedReturn, 8),
        (.education, 6), (.employment, 6), (.materialSupport, 8), (.interpreter, 8),
    ]

    /// Case notes in the languages and scripts the centre meets.
    static let notes = [
        "Samtale på krisecentret; hun ønsker hjælp til at finde en læge. Næste møde på fredag.",
        "Han har fået nøgle til værelset og føler sig tryg. Tolk bestilt til mødet på torsdag.",
        "Клієнтка просить перекладача на наступну зустріч.",
        "Встреча с юристом прошла хорошо, документы поданы.",
        "ผู้รับบริการต้องการล่ามภาษาไทยในการนัดครั้งต่อไป",
        "Anh ấy cần hỗ trợ pháp lý và chỗ ở an toàn.",
        "Chị ấy muốn liên lạc với gia đình ở Hải Phòng.",
        "她需要医疗帮助，下周复诊。",
        "他担心债务问题，需要法律咨询。",
        "Talked through the options for a prepared return; she wants more time to think.",
        "Missed the appointment at the clinic; rebooked for next week.",
        "A cerut ajutor pentru a-și contacta familia.",
        "Kailangan niya ng tulong sa paghahanap ng trabaho.",
        "Ela pediu ajuda para falar com a embaixada.",
        "Hun har det bedre og deltager i danskundervisning to gange om ugen.",
    ]

    static let declineReasons = [
        "No places free before next month.", "Outside our catchment area.", "The service requires a residence permit.",
        "Waiting list is closed until further notice.",
    ]

    static let withdrawReasons = ["The person no longer wants the service.", "Arranged elsewhere.", "Case closed before the service started."]

    static let followUpNotes = [
        "Phoned, no answer; left a message.", "E-mailed the intake team again.", "They promised an answer by Friday.",
        "Spoke to the duty officer; the referral is being reviewed.",
    ]

    static let overrideReasons = [
        "Urgent medical need; consent could not be obtained in time.", "Risk to life; police liaison required immediately.",
    ]

    static let extensionReasons = [
        "Prepared return being arranged with the return programme.", "Medical treatment must finish before return.",
    ]

    static let reopenReasons = ["The person came back and asked for help again.", "New information from the police."]
}
