//! Parameter leak tags (gc's `escape/leaks.go`): for each parameter, the
//! fewest dereferences with which its value reaches the heap, the mutator,
//! the callee pseudo-location, or each of the first five results. Callers
//! analysed later turn a callee's tags back into flows.

/// How many results are tracked; flows to later results count as heap flows.
pub const NUM_RESULTS: usize = 5;

const HEAP: usize = 0;
const MUTATOR: usize = 1;
const CALLEE: usize = 2;
const RESULT0: usize = 3;

/// Derefs per destination; -1 means no flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Leaks(pub [i8; 8]);

impl Default for Leaks {
    fn default() -> Leaks {
        Leaks::NONE
    }
}

impl Leaks {
    pub const NONE: Leaks = Leaks([-1; 8]);

    /// What gc assumes of a function it knows nothing about: the
    /// parameter leaks to the heap.
    pub fn heap() -> Leaks {
        let mut l = Leaks::NONE;
        l.add_heap(0);
        l
    }

    pub fn heap_derefs(&self) -> i32 {
        self.0[HEAP] as i32
    }

    pub fn mutator(&self) -> i32 {
        self.0[MUTATOR] as i32
    }

    pub fn callee(&self) -> i32 {
        self.0[CALLEE] as i32
    }

    pub fn result(&self, i: usize) -> i32 {
        self.0[RESULT0 + i] as i32
    }

    pub fn add_heap(&mut self, derefs: i32) {
        self.add(HEAP, derefs)
    }

    pub fn add_mutator(&mut self, derefs: i32) {
        self.add(MUTATOR, derefs)
    }

    pub fn add_callee(&mut self, derefs: i32) {
        self.add(CALLEE, derefs)
    }

    pub fn add_result(&mut self, i: usize, derefs: i32) {
        self.add(RESULT0 + i, derefs)
    }

    fn add(&mut self, i: usize, derefs: i32) {
        let old = self.0[i] as i32;
        if old < 0 || derefs < old {
            // gc stores derefs+1 in a byte: counts saturate.
            self.0[i] = derefs.min(i8::MAX as i32) as i8;
        }
    }

    /// Drops flows to results (and mutator, callee) no more direct than the
    /// heap flow: they add nothing (gc's `Optimize`).
    pub fn optimize(&mut self) {
        let heap = self.heap_derefs();
        if heap >= 0 {
            for i in 1..8 {
                if self.0[i] as i32 >= heap {
                    self.0[i] = -1;
                }
            }
        }
    }
}
