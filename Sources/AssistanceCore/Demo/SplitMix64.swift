/// A small deterministic random number generator (Steele, Lea and Flood's SplitMix64), so
/// that a demo journal is the same for the same seed on every platform and Swift version.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A whole number in `range`, without the standard library's algorithm (which may change).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % width)
    }

    /// True with probability `chance` (0…1).
    mutating func chance(_ chance: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < chance
    }

    /// One element, each equally likely.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(in: 0...(elements.count - 1))]
    }

    /// One element, chosen with the given weights.
    mutating func pick<Element>(weighted elements: [(Element, Int)]) -> Element {
        let total = elements.reduce(0) { $0 + $1.1 }
        var roll = int(in: 0...(total - 1))
        for (element, weight) in elements {
            if roll < weight { return element }
            roll -= weight
        }
        return elements[elements.count - 1].0
    }
}
