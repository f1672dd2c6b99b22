//! `math`: ports of the implementations Go uses on linux/amd64, so results
//! are bit-identical to gc's: the pure-Go algorithms (sin.go, tan.go,
//! trig_reduce.go, pow.go, cbrt.go, mod.go, frexp/ldexp, dim.go) and the
//! assembly versions of Exp, Log and Hypot (exp_amd64.s, log_amd64.s,
//! hypot_amd64.s), instruction by instruction. Exp's assembly uses fused
//! multiply-adds when the CPU has AVX and FMA; so does this port.
//!
//! Constants are spelled exactly as in Go's sources.

#![allow(clippy::excessive_precision, clippy::approx_constant)]

/// The NaN Go's `math.NaN()` returns.
const NAN_BITS: u64 = 0x7ff8_0000_0000_0001;
const MASK: u64 = 0x7ff;
const SHIFT: u32 = 52;
const BIAS: i64 = 1023;
const SIGN_MASK: u64 = 1 << 63;
const FRAC_MASK: u64 = (1 << SHIFT) - 1;
const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308;

fn nan() -> f64 {
    f64::from_bits(NAN_BITS)
}

fn is_inf(f: f64, sign: isize) -> bool {
    sign >= 0 && f > f64::MAX || sign <= 0 && f < -f64::MAX
}

fn copysign(f: f64, sign: f64) -> f64 {
    f64::from_bits((f.to_bits() & !SIGN_MASK) | (sign.to_bits() & SIGN_MASK))
}

fn normalize(x: f64) -> (f64, i64) {
    if x.abs() < SMALLEST_NORMAL {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

/// Go's `math.Frexp`.
pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (f, mut exp) = normalize(f);
    let mut x = f.to_bits();
    exp += ((x >> SHIFT) & MASK) as i64 - BIAS + 1;
    x &= !(MASK << SHIFT);
    x |= ((-1 + BIAS) as u64) << SHIFT;
    (f64::from_bits(x), exp)
}

/// Go's `math.Ldexp`.
pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp.saturating_add(e);
    let mut x = frac.to_bits();
    exp = exp.saturating_add(((x >> SHIFT) & MASK) as i64 - BIAS);
    if exp < -1075 {
        return copysign(0.0, frac);
    }
    if exp > 1023 {
        return if frac < 0.0 { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(MASK << SHIFT);
    x |= ((exp + BIAS) as u64) << SHIFT;
    m * f64::from_bits(x)
}

/// Go's `math.Modf`.
pub fn modf(f: f64) -> (f64, f64) {
    let int = f.trunc();
    (int, copysign(f - int, f))
}

/// Whether Exp uses fused multiply-adds: 0 = not yet known, 1 = no, 2 = yes.
static USE_FMA: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Go's `useFMA = cpu.X86.HasAVX && cpu.X86.HasFMA`.
fn use_fma() -> bool {
    use std::sync::atomic::Ordering::Relaxed;
    match USE_FMA.load(Relaxed) {
        0 => {
            #[cfg(target_arch = "x86_64")]
            let yes = std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma");
            #[cfg(not(target_arch = "x86_64"))]
            let yes = false;
            USE_FMA.store(if yes { 2 } else { 1 }, Relaxed);
            yes
        }
        v => v == 2,
    }
}

/// exp_amd64.s.
pub fn exp(x: f64) -> f64 {
    const LOG2E: f64 = 1.4426950408889634073599246810018920;
    const LN2U: f64 = 0.69314718055966295651160180568695068359375;
    const LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;
    const OVERFLOW: f64 = 7.09782712893384e+02;
    const T: [f64; 9] = [
        0.5,
        1.0,
        2.0,
        1.6666666666666666667e-1,
        4.1666666666666666667e-2,
        8.3333333333333333333e-3,
        1.3888888888888888889e-3,
        1.9841269841269841270e-4,
        2.4801587301587301587e-5,
    ];
    let bits = x.to_bits();
    if (bits & !SIGN_MASK) as i64 >= f64::INFINITY.to_bits() as i64 {
        if bits == f64::NEG_INFINITY.to_bits() {
            return 0.0;
        }
        return x;
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // CVTSD2SL: round to nearest even; out of range gives 0x80000000.
    let k = LOG2E * x;
    let mut bx: i32 =
        if k.is_nan() || !(-2147483648.5..2147483647.5).contains(&k) { i32::MIN } else { k.round_ties_even() as i32 };
    let kf = bx as f64;
    let mut x0;
    if use_fma() {
        x0 = (-LN2U).mul_add(kf, x);
        x0 = (-LN2L).mul_add(kf, x0);
        x0 *= 0.0625;
        let mut x1 = T[8];
        for c in [T[7], T[6], T[5], T[4], T[3], T[0], T[1]] {
            x1 = x1.mul_add(x0, c);
        }
        x0 *= x1;
        for _ in 0..3 {
            let x1 = x0 + 2.0;
            x0 *= x1;
        }
        let x1 = x0 + 2.0;
        x0 = x1.mul_add(x0, 1.0);
    } else {
        x0 = x - LN2U * kf;
        x0 -= LN2L * kf;
        x0 *= 0.0625;
        let mut x1 = T[8] * x0;
        for c in [T[7], T[6], T[5], T[4], T[3], T[0]] {
            x1 += c;
            x1 *= x0;
        }
        x1 += T[1];
        x0 *= x1;
        for _ in 0..4 {
            let x1 = T[2] + x0;
            x0 *= x1;
        }
        x0 += T[1];
    }
    // ldexp
    bx = bx.wrapping_add(0x3ff);
    if bx <= 0 {
        if bx < -52 {
            return 0.0;
        }
        bx += 0x3fe;
        x0 *= f64::from_bits((bx as u64) << 52);
        bx = 1;
    } else if bx >= 0x7ff {
        return f64::INFINITY;
    }
    x0 * f64::from_bits((bx as u64) << 52)
}

/// log_amd64.s.
pub fn log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.07106781186547524401e-01;
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const L1: f64 = 6.666666666666735130e-01;
    const L2: f64 = 3.999999999940941908e-01;
    const L3: f64 = 2.857142874366239149e-01;
    const L4: f64 = 2.222219843214978396e-01;
    const L5: f64 = 1.818357216161805012e-01;
    const L6: f64 = 1.531383769920937332e-01;
    const L7: f64 = 1.479819860511658591e-01;
    let bits = x.to_bits();
    if bits & !SIGN_MASK == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return nan();
    }
    if bits >= f64::INFINITY.to_bits() {
        return x;
    }
    // Frexp without normalising subnormals, as the assembly does.
    let mut f1 = f64::from_bits((bits & FRAC_MASK) | 0x3fe0_0000_0000_0000);
    let mut k = (((bits >> 52) & 0x7ff) as i32 - 0x3fe) as f64;
    let x3 = if HSQRT2 >= f1 { 1.0 } else { 0.0 };
    k -= x3;
    f1 *= x3 + 1.0;
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * ((((L7 * s4 + L5) * s4) + L3) * s4 + L1);
    let t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    let mut x3 = s * (r + hfsq);
    x3 += LN2LO * k;
    let x0 = (hfsq - x3) - f;
    k * LN2HI - x0
}

/// hypot_amd64.s.
pub fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    let inf = f64::INFINITY.to_bits();
    if p.to_bits() >= inf || q.to_bits() >= inf {
        if p.to_bits() == inf || q.to_bits() == inf {
            return f64::INFINITY;
        }
        return nan();
    }
    if p.to_bits() | q.to_bits() == 0 {
        return 0.0;
    }
    let (big, small) = if p > q { (p, q) } else { (q, p) };
    let mut r = small / big;
    r *= r;
    r += 1.0;
    big * r.sqrt()
}

const PI4A: f64 = 7.85398125648498535156e-1;
const PI4B: f64 = 3.77489470793079817668e-8;
const PI4C: f64 = 2.69515142907905952645e-15;
/// The float64 nearest 4/π (Go's constant expression `4 / Pi`).
const FOUR_OVER_PI: u64 = 0x3ff4_5f30_6dc9_c883;
const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;

const SIN: [f64; 6] = [
    1.58962301576546568060e-10,
    -2.50507477628578072866e-8,
    2.75573136213857245213e-6,
    -1.98412698295895385996e-4,
    8.33333333332211858878e-3,
    -1.66666666666666307295e-1,
];
const COS: [f64; 6] = [
    -1.13585365213876817300e-11,
    2.08757008419747316778e-9,
    -2.75573141792967388112e-7,
    2.48015872888517045348e-5,
    -1.38888888888730564116e-3,
    4.16666666666665929218e-2,
];

static M_PI4: [u64; 20] = [
    0x0000000000000001,
    0x45f306dc9c882a53,
    0xf84eafa3ea69bb81,
    0xb6c52b3278872083,
    0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0,
    0x0c925dd413a32439,
    0xfc3bd63962534e7d,
    0xd1046bea5d768909,
    0xd338e04d68befc82,
    0x7323ac7306a673e9,
    0x3908bf177bf25076,
    0x3ff12fffbc0b301f,
    0xde5e2316b414da3e,
    0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6,
    0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10,
    0xac06608df8f6d757,
];

fn shl(x: u64, n: u32) -> u64 {
    x.checked_shl(n).unwrap_or(0)
}

fn shr(x: u64, n: u32) -> u64 {
    x.checked_shr(n).unwrap_or(0)
}

/// Go's `trigReduce`: Payne-Hanek reduction for x >= 2^29.
fn trig_reduce(x: f64) -> (u64, f64) {
    let pi4 = std::f64::consts::FRAC_PI_4;
    if x < pi4 {
        return (0, x);
    }
    let mut ix = x.to_bits();
    let exp = ((ix >> SHIFT) & MASK) as i64 - BIAS - SHIFT as i64;
    ix &= !(MASK << SHIFT);
    ix |= 1 << SHIFT;
    let digit = ((exp + 61) / 64) as usize;
    let bitshift = ((exp + 61) % 64) as u32;
    let z0 = shl(M_PI4[digit], bitshift) | shr(M_PI4[digit + 1], 64 - bitshift);
    let z1 = shl(M_PI4[digit + 1], bitshift) | shr(M_PI4[digit + 2], 64 - bitshift);
    let z2 = shl(M_PI4[digit + 2], bitshift) | shr(M_PI4[digit + 3], 64 - bitshift);
    let z2hi = ((z2 as u128 * ix as u128) >> 64) as u64;
    let z1p = z1 as u128 * ix as u128;
    let (z1hi, z1lo) = ((z1p >> 64) as u64, z1p as u64);
    let z0lo = z0.wrapping_mul(ix);
    let (lo, c) = z1lo.overflowing_add(z2hi);
    let mut hi = z0lo.wrapping_add(z1hi).wrapping_add(c as u64);
    let mut j = hi >> 61;
    hi = (hi << 3) | (lo >> 61);
    let lz = hi.leading_zeros();
    let e = (BIAS as u64).wrapping_sub(lz as u64 + 1);
    hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
    hi >>= 64 - SHIFT;
    hi |= e << SHIFT;
    let mut z = f64::from_bits(hi);
    if j & 1 == 1 {
        j += 1;
        j &= 7;
        z -= 1.0;
    }
    (j, z * pi4)
}

/// The octant and reduced argument, as sin.go/tan.go compute them.
fn reduce(x: f64, wrap: bool) -> (u64, f64) {
    if x >= REDUCE_THRESHOLD {
        return trig_reduce(x);
    }
    let mut j = (x * f64::from_bits(FOUR_OVER_PI)) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    if wrap {
        j &= 7;
    }
    (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
}

fn sin_poly(z: f64, zz: f64) -> f64 {
    z + z * zz * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
}

fn cos_poly(zz: f64) -> f64 {
    1.0 - 0.5 * zz + zz * zz * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5])
}

/// sin.go.
pub fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let (mut sign, x) = if x < 0.0 { (true, -x) } else { (false, x) };
    let (mut j, z) = reduce(x, true);
    if j > 3 {
        sign = !sign;
        j -= 4;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 { cos_poly(zz) } else { sin_poly(z, zz) };
    if sign {
        -y
    } else {
        y
    }
}

/// sin.go's cos.
pub fn cos(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return nan();
    }
    let x = x.abs();
    let (mut j, z) = reduce(x, true);
    let mut sign = false;
    if j > 3 {
        j -= 4;
        sign = !sign;
    }
    if j > 1 {
        sign = !sign;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 { sin_poly(z, zz) } else { cos_poly(zz) };
    if sign {
        -y
    } else {
        y
    }
}

/// tan.go.
pub fn tan(x: f64) -> f64 {
    const P: [f64; 3] = [-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7];
    const Q: [f64; 5] = [
        1.00000000000000000000e0,
        1.36812963470692954678e4,
        -1.32089234440210967447e6,
        2.50083801823357915839e7,
        -5.38695755929454629881e7,
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let (sign, x) = if x < 0.0 { (true, -x) } else { (false, x) };
    let (j, z) = reduce(x, false);
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]))
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if sign {
        -y
    } else {
        y
    }
}

fn is_odd_int(x: f64) -> bool {
    if x.abs() >= (1u64 << 53) as f64 {
        return false;
    }
    let (xi, xf) = modf(x);
    xf == 0.0 && (xi as i64) & 1 == 1
}

/// pow.go.
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 {
        if y < 0.0 {
            if x.is_sign_negative() && is_odd_int(y) {
                return f64::NEG_INFINITY;
            }
            return f64::INFINITY;
        }
        if y > 0.0 {
            if x.is_sign_negative() && is_odd_int(y) {
                return x;
            }
            return 0.0;
        }
    }
    if y.is_infinite() {
        if x == -1.0 {
            return 1.0;
        }
        if (x.abs() < 1.0) == is_inf(y, 1) {
            return 0.0;
        }
        return f64::INFINITY;
    }
    if x.is_infinite() {
        if is_inf(x, -1) {
            return pow(1.0 / x, -y);
        }
        if y < 0.0 {
            return 0.0;
        }
        if y > 0.0 {
            return f64::INFINITY;
        }
    }
    if y == 0.5 {
        return x.sqrt();
    }
    if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let (mut yi, mut yf) = modf(y.abs());
    if yf != 0.0 && x < 0.0 {
        return nan();
    }
    if yi >= 9.223372036854775808e18 {
        if x == -1.0 {
            return 1.0;
        }
        if (x.abs() < 1.0) == (y > 0.0) {
            return 0.0;
        }
        return f64::INFINITY;
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

/// mod.go.
pub fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return nan();
    }
    let y = y.abs();
    let (yfr, yexp) = frexp(y);
    let mut r = if x < 0.0 { -x } else { x };
    while r >= y {
        let (rfr, mut rexp) = frexp(r);
        if rfr < yfr {
            rexp -= 1;
        }
        r -= ldexp(y, rexp - yexp);
    }
    if x < 0.0 {
        -r
    } else {
        r
    }
}

/// cbrt.go.
pub fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715094163;
    const B2: u64 = 696219795;
    const C: f64 = 5.42857142857142815906e-01;
    const D: f64 = -7.05306122448979611050e-01;
    const E: f64 = 1.41428571428571436819e+00;
    const F: f64 = 1.60714285714285720630e+00;
    const G: f64 = 3.57142857142857150787e-01;
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return x;
    }
    let (sign, x) = if x < 0.0 { (true, -x) } else { (false, x) };
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < SMALLEST_NORMAL {
        t = (1u64 << 54) as f64;
        t *= x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let mut r = t * t / x;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xFFFFFFFFC << 28)) + (1 << 30));
    s = t * t;
    r = x / s;
    let w = t + t;
    r = (r - t) / (w + r);
    t += t * r;
    if sign {
        -t
    } else {
        t
    }
}

/// Go's `math.Round`: half away from zero, by bit manipulation.
pub fn round(x: f64) -> f64 {
    let mut bits = x.to_bits();
    let mut e = (bits >> SHIFT) & MASK;
    if e < BIAS as u64 {
        bits &= SIGN_MASK;
        if e == BIAS as u64 - 1 {
            bits |= 0x3ff0_0000_0000_0000;
        }
    } else if e < BIAS as u64 + SHIFT as u64 {
        const HALF: u64 = 1 << (SHIFT - 1);
        e -= BIAS as u64;
        bits += HALF >> e;
        bits &= !(FRAC_MASK >> e);
    }
    f64::from_bits(bits)
}

/// Go's `math.Max` (dim.go).
pub fn max(x: f64, y: f64) -> f64 {
    if is_inf(x, 1) || is_inf(y, 1) {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y {
        x
    } else {
        y
    }
}

/// Go's `math.Min` (dim.go).
pub fn min(x: f64, y: f64) -> f64 {
    if is_inf(x, -1) || is_inf(y, -1) {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y {
        x
    } else {
        y
    }
}

#[no_mangle]
pub extern "C" fn cranego_math_Sqrt(x: f64) -> f64 {
    x.sqrt()
}

#[no_mangle]
pub extern "C" fn cranego_math_Abs(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & !SIGN_MASK)
}

#[no_mangle]
pub extern "C" fn cranego_math_Floor(x: f64) -> f64 {
    x.floor()
}

#[no_mangle]
pub extern "C" fn cranego_math_Ceil(x: f64) -> f64 {
    x.ceil()
}

#[no_mangle]
pub extern "C" fn cranego_math_Trunc(x: f64) -> f64 {
    x.trunc()
}

#[no_mangle]
pub extern "C" fn cranego_math_Round(x: f64) -> f64 {
    round(x)
}

#[no_mangle]
pub extern "C" fn cranego_math_Pow(x: f64, y: f64) -> f64 {
    pow(x, y)
}

#[no_mangle]
pub extern "C" fn cranego_math_Mod(x: f64, y: f64) -> f64 {
    fmod(x, y)
}

#[no_mangle]
pub extern "C" fn cranego_math_Max(x: f64, y: f64) -> f64 {
    max(x, y)
}

#[no_mangle]
pub extern "C" fn cranego_math_Min(x: f64, y: f64) -> f64 {
    min(x, y)
}

#[no_mangle]
pub extern "C" fn cranego_math_Log(x: f64) -> f64 {
    log(x)
}

/// log10.go: `Log(x) * (1/Ln10)`.
#[no_mangle]
pub extern "C" fn cranego_math_Log10(x: f64) -> f64 {
    log(x) * f64::from_bits(0x3fdb_cb7b_1526_e50e)
}

/// log10.go's log2: exact for powers of two.
#[no_mangle]
pub extern "C" fn cranego_math_Log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    log(frac) * f64::from_bits(0x3ff7_1547_652b_82fe) + exp as f64
}

#[no_mangle]
pub extern "C" fn cranego_math_Exp(x: f64) -> f64 {
    exp(x)
}

#[no_mangle]
pub extern "C" fn cranego_math_Sin(x: f64) -> f64 {
    sin(x)
}

#[no_mangle]
pub extern "C" fn cranego_math_Cos(x: f64) -> f64 {
    cos(x)
}

#[no_mangle]
pub extern "C" fn cranego_math_Tan(x: f64) -> f64 {
    tan(x)
}

#[no_mangle]
pub extern "C" fn cranego_math_Hypot(p: f64, q: f64) -> f64 {
    hypot(p, q)
}

#[no_mangle]
pub extern "C" fn cranego_math_Cbrt(x: f64) -> f64 {
    cbrt(x)
}

/// `math.Inf(sign)`: +Inf for sign >= 0.
#[no_mangle]
pub extern "C" fn cranego_math_Inf(sign: isize) -> f64 {
    if sign >= 0 {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    }
}

#[no_mangle]
pub extern "C" fn cranego_math_NaN() -> f64 {
    nan()
}

#[no_mangle]
pub extern "C" fn cranego_math_IsNaN(x: f64) -> bool {
    x.is_nan()
}

#[no_mangle]
pub extern "C" fn cranego_math_IsInf(x: f64, sign: isize) -> bool {
    is_inf(x, sign)
}

#[no_mangle]
pub extern "C" fn cranego_math_Signbit(x: f64) -> bool {
    x.to_bits() & SIGN_MASK != 0
}

#[no_mangle]
pub extern "C" fn cranego_math_Copysign(f: f64, sign: f64) -> f64 {
    copysign(f, sign)
}

#[no_mangle]
pub extern "C" fn cranego_math_Float64bits(f: f64) -> u64 {
    f.to_bits()
}

#[no_mangle]
pub extern "C" fn cranego_math_Float64frombits(b: u64) -> f64 {
    f64::from_bits(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testutil::Rng;

    fn specials() -> Vec<f64> {
        use std::f64::consts::PI;
        vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            -0.5,
            1.5,
            2.5,
            -2.5,
            2.0,
            3.0,
            -3.0,
            0.1,
            10.0,
            1e-310,
            -1e-310,
            5e-324,
            f64::MAX,
            -f64::MAX,
            f64::INFINITY,
            f64::NEG_INFINITY,
            nan(),
            PI,
            PI / 2.0,
            PI / 4.0,
            709.7,
            709.78,
            709.79,
            -745.1,
            -745.2,
            -708.4,
            -740.0,
            1e300,
            -1e300,
            (1u64 << 29) as f64,
            (1u64 << 30) as f64,
            1e22,
            4.5e15,
            0.49999999999999994,
            -0.49999999999999994,
            (1u64 << 52) as f64,
            9007199254740992.0,
            0.7071067811865476,
            1.4142135623730951,
            1e-7,
            88.7,
            2.220446049250313e-16,
        ]
    }

    /// The inputs the Go generator uses (same generator, same order).
    fn inputs() -> Vec<f64> {
        let mut r = Rng(7);
        let mut out = specials();
        for i in 0..20000 {
            let x = r.next();
            let v = match i % 6 {
                0 => f64::from_bits(x),
                1 => (r.unit() * 2.0 - 1.0) * 10.0,
                2 => (r.unit() * 2.0 - 1.0) * 800.0,
                3 => r.unit() * 4.0,
                4 => ldexp(r.unit() + 0.5, (x % 200) as i64 - 100),
                _ => ((x % 2001) as i64 - 1000) as f64 / 8.0,
            };
            out.push(v);
        }
        out
    }

    fn fnv(mut h: u64, v: u64) -> u64 {
        for b in v.to_le_bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(1099511628211);
        }
        h
    }

    fn hash1(f: extern "C" fn(f64) -> f64) -> u64 {
        let mut h = 14695981039346656037u64;
        let mut dump = String::new();
        for x in inputs() {
            let y = f(x);
            dump.push_str(&format!("{:016x} {:016x}\n", x.to_bits(), y.to_bits()));
            h = fnv(h, y.to_bits());
        }
        if let Ok(p) = std::env::var("CRANEGO_MATH_DUMP") {
            std::fs::write(format!("{p}.{:x}", f as usize), dump).unwrap();
        }
        h
    }

    fn hash2(f: extern "C" fn(f64, f64) -> f64) -> u64 {
        let mut h = 14695981039346656037u64;
        let input = inputs();
        let sp = specials();
        let mut r = Rng(99);
        for (i, &x) in input.iter().enumerate() {
            let a = input[(i * 7 + 3) % input.len()];
            let b = sp[i % sp.len()];
            let c = ((r.next() % 21) as i64 - 10) as f64;
            let d = r.unit() * 3.0;
            for y in [a, b, c, d] {
                h = fnv(h, f(x, y).to_bits());
            }
        }
        h
    }

    #[test]
    fn specials_like_go() {
        assert_eq!(cranego_math_NaN().to_bits(), 0x7ff8000000000001);
        assert_eq!(cranego_math_Inf(0), f64::INFINITY);
        assert_eq!(cranego_math_Inf(-3), f64::NEG_INFINITY);
        assert!(cranego_math_IsInf(f64::INFINITY, 0) && !cranego_math_IsInf(f64::INFINITY, -1));
        assert!(cranego_math_Signbit(-0.0) && !cranego_math_Signbit(0.0));
        assert_eq!(cranego_math_Max(-0.0, 0.0).to_bits(), 0);
        assert_eq!(cranego_math_Min(0.0, -0.0).to_bits(), 1 << 63);
        assert_eq!(cranego_math_Max(f64::NAN, f64::INFINITY), f64::INFINITY);
        assert_eq!(cranego_math_Round(-0.5), -1.0);
        assert_eq!(cranego_math_Round(2.5), 3.0);
        assert_eq!(cranego_math_Pow(2.0, 10.0), 1024.0);
        assert_eq!(cranego_math_Log2(8.0), 3.0);
    }

    /// Serialises the tests that depend on the FMA setting.
    static FMA_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

    /// Go with `GODEBUG=cpu.fma=off` (Exp's assembly without FMA).
    #[test]
    fn exp_without_fma_like_go() {
        let _serial = FMA_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        USE_FMA.store(1, std::sync::atomic::Ordering::Relaxed);
        let (e, p) = (hash1(cranego_math_Exp), hash2(cranego_math_Pow));
        USE_FMA.store(0, std::sync::atomic::Ordering::Relaxed);
        assert_eq!(e, 5218918008060882488);
        assert_eq!(p, 1370406085376149543);
    }

    #[test]
    fn bit_identical_to_go() {
        let _serial = FMA_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        assert_eq!(hash1(cranego_math_Sqrt), 868282327389737654, "Sqrt");
        assert_eq!(hash1(cranego_math_Abs), 7248920017955842417, "Abs");
        assert_eq!(hash1(cranego_math_Floor), 18282908671662747420, "Floor");
        assert_eq!(hash1(cranego_math_Ceil), 18202248309295474705, "Ceil");
        assert_eq!(hash1(cranego_math_Trunc), 13471532768568457992, "Trunc");
        assert_eq!(hash1(cranego_math_Round), 811813397540234198, "Round");
        assert_eq!(hash1(cranego_math_Log), 4569367376210057055, "Log");
        assert_eq!(hash1(cranego_math_Log2), 1039215839057497556, "Log2");
        assert_eq!(hash1(cranego_math_Log10), 6616271569933084248, "Log10");
        // Exp (and Pow, through it) depend on whether the CPU has FMA, in Go too.
        let fma = use_fma();
        assert_eq!(hash1(cranego_math_Exp), if fma { 4859904945999930005 } else { 5218918008060882488 }, "Exp");
        assert_eq!(hash1(cranego_math_Sin), 5706537520188050792, "Sin");
        assert_eq!(hash1(cranego_math_Cos), 5026473520625780443, "Cos");
        assert_eq!(hash1(cranego_math_Tan), 10762360702127795393, "Tan");
        assert_eq!(hash1(cranego_math_Cbrt), 581622410795992039, "Cbrt");
        assert_eq!(hash2(cranego_math_Pow), if fma { 11454825887120466664 } else { 1370406085376149543 }, "Pow");
        assert_eq!(hash2(cranego_math_Mod), 17275281391586864630, "Mod");
        assert_eq!(hash2(cranego_math_Max), 10837142468950162312, "Max");
        assert_eq!(hash2(cranego_math_Min), 3221954505622139357, "Min");
        assert_eq!(hash2(cranego_math_Hypot), 9527500306103567813, "Hypot");
    }
}
