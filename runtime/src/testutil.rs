//! Shared by the runtime's unit tests that compare against data generated
//! by Go programs: those programs draw their inputs from the same SplitMix64
//! sequence, so both sides see the same values in the same order.

/// SplitMix64, bit for bit as the Go generators implement it.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }

    /// A uniform float64 in [0, 1), as Go's generators derive it.
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}
