/// A case already in the journal that may be the person a new case is being opened for.
public struct LikelyDuplicate: Sendable, Hashable {
    /// The case's id.
    public var caseID: String
    /// The case's alias (never its legal name: the warning is shown to whoever opens a case).
    public var alias: String
}

extension AssistanceState {
    /// The cases, open or closed, that may be the same person as one about to be opened (or
    /// just opened as `excluding`), in opening order: so that a person a second organisation
    /// identifies is not opened twice (issue 16). Retracted cases are left out.
    ///
    /// A case is listed when its alias or legal name is similar to `alias` or `legalName`
    /// (``NameSimilarity``: after folding, equal, one inside the other, or an edit or two
    /// apart), its nationality is `nationality` when both are known, and its birth year is
    /// within one of `birthYear` when both are known. It is a warning, not a rule: the case
    /// can be opened all the same.
    public func likelyDuplicates(
        alias: String, legalName: String?, nationality: Country?, birthYear: Int?, excluding caseID: String? = nil
    ) -> [LikelyDuplicate] {
        let wanted = [alias, legalName].compactMap { $0 }.map(NameSimilarity.init).filter { !$0.isEmpty }
        guard !wanted.isEmpty else { return [] }
        var found: [LikelyDuplicate] = []
        for position in cases.indices where !cases[position].isRetracted && cases[position].id != caseID {
            if let nationality, let theirs = cases[position].nationality, theirs != nationality { continue }
            if let birthYear, let theirs = cases[position].birthYear ?? cases[position].birthDate?.year, abs(theirs - birthYear) > 1 { continue }
            let names = [cases[position].alias, cases[position].legalName].compactMap { $0 }.map(NameSimilarity.init)
            if names.contains(where: { name in wanted.contains { $0.isSimilar(to: name) } }) {
                found.append(LikelyDuplicate(caseID: cases[position].id, alias: cases[position].alias))
            }
        }
        return found
    }
}
