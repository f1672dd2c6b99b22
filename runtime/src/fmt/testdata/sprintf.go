// Generates random one-verb Sprintf cases: `go run sprintf.go N > s.txt`, then
// CRANEGO_FMT_CASES=s.txt cargo test --release sprintf_like_go_file -- --ignored.

package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
)

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	r := rand.New(rand.NewSource(int64(n)))
	verbs := []byte("vdsqxXobcUeEfFgGtTpO%z")
	flags := []byte("+-# 0")
	strsamp := []string{"", "a", "héllo", "tab\there", "\xff\xfe", "日本語", "`x`", "a\"b\\c", "\u00ad\u200b", "\U0001F600z"}
	for i := 0; i < n; i++ {
		f := []byte{'%'}
		for j := r.Intn(3); j > 0; j-- {
			f = append(f, flags[r.Intn(len(flags))])
		}
		if r.Intn(2) == 0 {
			f = append(f, []byte(strconv.Itoa(r.Intn(20)))...)
		}
		if r.Intn(2) == 0 {
			f = append(f, '.')
			if r.Intn(4) != 0 {
				f = append(f, []byte(strconv.Itoa(r.Intn(12)))...)
			}
		}
		f = append(f, verbs[r.Intn(len(verbs))])
		var arg any
		var enc string
		switch r.Intn(9) {
		case 0:
			v := r.Int63() >> uint(r.Intn(63))
			if r.Intn(2) == 0 {
				v = -v
			}
			arg, enc = int(v), "i "+strconv.FormatInt(v, 10)
		case 1:
			v := r.Uint64() >> uint(r.Intn(64))
			arg, enc = v, "u "+strconv.FormatUint(v, 10)
		case 2:
			v := int32(r.Intn(0x120000) - 10)
			arg, enc = v, "r "+strconv.Itoa(int(v))
		case 3:
			v := r.NormFloat64() * math.Pow(10, float64(r.Intn(30)-15))
			switch r.Intn(10) {
			case 0:
				v = math.NaN()
			case 1:
				v = math.Inf(1 - 2*r.Intn(2))
			case 2:
				v = 0
			case 3:
				v = float64(r.Intn(1000))
			}
			arg, enc = v, "f "+strconv.FormatUint(math.Float64bits(v), 10)
		case 4:
			v := float32(r.NormFloat64() * math.Pow(10, float64(r.Intn(20)-10)))
			arg, enc = v, "g "+strconv.FormatUint(uint64(math.Float32bits(v)), 10)
		case 5, 6:
			v := strsamp[r.Intn(len(strsamp))]
			arg, enc = v, "s "+hex.EncodeToString([]byte(v))
		case 7:
			v := r.Intn(2) == 0
			arg, enc = v, "b "+strconv.FormatBool(v)
		case 8:
			v := []byte(strsamp[r.Intn(len(strsamp))])
			arg, enc = v, "y "+hex.EncodeToString(v)
		}
		fmt.Printf("%s\t%s\t%s\n", hex.EncodeToString(f), enc, hex.EncodeToString([]byte(fmt.Sprintf(string(f), arg))))
	}
}
