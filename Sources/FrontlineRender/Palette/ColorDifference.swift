import FoundationEssentials
import FrontlineCore
#if canImport(Glibc)
    import Glibc
#endif

/// A colour in CIE L*a*b* (D65), for measuring how different two colours look.
struct Lab: Sendable {
    let l: Double, a: Double, b: Double

    init(l: Double, a: Double, b: Double) {
        self.l = l
        self.a = a
        self.b = b
    }

    /// Converts an sRGB colour.
    init(_ c: RGB) {
        func linear(_ v: UInt8) -> Double {
            let s = Double(v) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        let r = linear(c.r), g = linear(c.g), bl = linear(c.b)
        let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * bl) / 0.95047
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * bl
        let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * bl) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        l = 116 * f(y) - 16
        a = 500 * (f(x) - f(y))
        b = 200 * (f(y) - f(z))
    }
}

/// CIEDE2000 colour difference (Sharma, Wu and Dalal 2005): about 1 is the smallest difference people see;
/// 10 and more reads as clearly different colours.
func deltaE2000(_ c1: RGB, _ c2: RGB) -> Double { deltaE2000(Lab(c1), Lab(c2)) }

/// CIEDE2000 difference of two L*a*b* colours.
func deltaE2000(_ p: Lab, _ q: Lab) -> Double {
    let rad = Double.pi / 180
    let c1ab = hypot(p.a, p.b), c2ab = hypot(q.a, q.b)
    let cMean = (c1ab + c2ab) / 2
    let g = 0.5 * (1 - sqrt(pow(cMean, 7) / (pow(cMean, 7) + pow(25, 7))))
    let a1 = (1 + g) * p.a, a2 = (1 + g) * q.a
    let c1p = hypot(a1, p.b), c2p = hypot(a2, q.b)
    func hue(_ b: Double, _ a: Double) -> Double {
        if a == 0 && b == 0 { return 0 }
        let h = atan2(b, a) / rad
        return h < 0 ? h + 360 : h
    }
    let h1 = hue(p.b, a1), h2 = hue(q.b, a2)
    let dL = q.l - p.l, dC = c2p - c1p
    var dh = 0.0
    if c1p * c2p != 0 {
        dh = h2 - h1
        if dh > 180 { dh -= 360 } else if dh < -180 { dh += 360 }
    }
    let dH = 2 * sqrt(c1p * c2p) * sin(dh / 2 * rad)
    let lMean = (p.l + q.l) / 2, cpMean = (c1p + c2p) / 2
    var hMean = h1 + h2
    if c1p * c2p != 0 {
        if abs(h1 - h2) <= 180 { hMean /= 2 } else { hMean = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2 }
    }
    let t =
        1 - 0.17 * cos((hMean - 30) * rad) + 0.24 * cos(2 * hMean * rad) + 0.32 * cos((3 * hMean + 6) * rad)
        - 0.20 * cos((4 * hMean - 63) * rad)
    let dTheta = 30 * exp(-pow((hMean - 275) / 25, 2))
    let rc = 2 * sqrt(pow(cpMean, 7) / (pow(cpMean, 7) + pow(25, 7)))
    let sl = 1 + 0.015 * pow(lMean - 50, 2) / sqrt(20 + pow(lMean - 50, 2))
    let sc = 1 + 0.045 * cpMean, sh = 1 + 0.015 * cpMean * t
    let rt = -sin(2 * dTheta * rad) * rc
    return sqrt(pow(dL / sl, 2) + pow(dC / sc, 2) + pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh))
}
