import Testing
@testable import AssistanceCore

@Suite struct VocabularyTests {
    @Test func parsesTokensAndLabelsIgnoringCase() throws {
        #expect(try ExploitationForm.parse("forced_labour") == .forcedLabour)
        #expect(try ExploitationForm.parse("Forced Labour") == .forcedLabour)
        #expect(try ExploitationForm.parse("  sexual ") == .sexual)
        #expect(try Sex.parse("TRANSGENDER") == .transgender)
        #expect(try AgeGroup.parse("minor") == .minor)
        #expect(try IdentifiedBy.parse("Immigration service") == .immigrationService)
        #expect(try RiskLevel.parse("High") == .high)
        #expect(try CaseStatus.parse("closed") == .closed)
        #expect(try ClosingReason.parse("prepared return") == .preparedReturn)
        #expect(try StepKind.parse("legal_counselling") == .legalCounselling)
        #expect(try ReferralStatus.parse("Withdrawn") == .withdrawn)
        #expect(try OrganisationKind.parse("international organisation") == .internationalOrganisation)
        #expect(try Role.parse("Coordinator") == .coordinator)
    }

    @Test func refusesUnknownValuesListingTheAllowedOnes() {
        #expect(throws: VocabularyError.self) { try RiskLevel.parse("extreme") }
        do {
            _ = try RiskLevel.parse("extreme")
        } catch {
            #expect(error.description == "'extreme' is not a known risk level; use one of: high, medium, low.")
        }
    }

    @Test func tokensAreStableAndLabelsDistinct() {
        #expect(ExploitationForm.allCases.map(\.rawValue) == [
            "sexual", "forced_labour", "forced_criminality", "slavery_like", "forced_marriage", "organ_removal", "other", "not_established",
        ])
        #expect(ClosingReason.allCases.count == 7)
        #expect(StepKind.allCases.count == 13)
        #expect(OrganisationKind.allCases.count == 10)
        #expect(IdentifiedBy.allCases.count == 7)
        #expect(Set(StepKind.allCases.map(\.label)).count == StepKind.allCases.count)
        #expect(Role.caseworker < Role.coordinator && Role.supervisor < Role.admin)
    }

    @Test func countriesCoverEveryAssignedCode() throws {
        #expect(Country.all.count == 249)
        #expect(Country(code: "ng")?.name == "Nigeria")
        #expect(Country(code: "DK")?.description == "Denmark")
        #expect(Country(code: "XX") == nil)
        #expect(Country(code: "UK") == nil)
        #expect(try Country.parse("vietnam").code == "VN")
        #expect(try Country.parse("th").code == "TH")
        #expect(throws: VocabularyError(termName: "country", text: "Atlantis", allowed: [])) { try Country.parse("Atlantis") }
    }

    @Test func countriesCompleteByCodeOrNamePrefix() {
        #expect(Country.matching(prefix: "ro").first?.code == "RO")
        #expect(Country.matching(prefix: "ro").map(\.code).contains("RO"))
        #expect(Country.matching(prefix: "Phil").map(\.code) == ["PH"])
        #expect(Country.matching(prefix: "korea").map(\.code).isEmpty == false)
        #expect(Country.matching(prefix: "").count == 249)
    }

    @Test func ageGroupAtIdentification() {
        let day = CalendarDate(iso: "2026-06-15")!
        #expect(AgeGroup.at(day, birthYear: nil, birthDate: CalendarDate(iso: "2008-06-16")) == .minor)
        #expect(AgeGroup.at(day, birthYear: nil, birthDate: CalendarDate(iso: "2008-06-15")) == .adult)
        #expect(AgeGroup.at(day, birthYear: 2008, birthDate: nil) == .minor)
        #expect(AgeGroup.at(day, birthYear: 2007, birthDate: nil) == .adult)
        #expect(AgeGroup.at(day, birthYear: nil, birthDate: nil) == nil)
    }
}
