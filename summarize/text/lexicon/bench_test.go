package lexicon_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/briefing-news/briefing/summarize/text/lexicon"
)

// BenchmarkLoad parses the embedded table (what Default does once) and
// reports the load time (wall and CPU) and the heap it keeps, measured
// after a GC (runtime.MemStats.HeapAlloc before and after).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	var before, after runtime.MemStats
	var keep *lexicon.Lexicon
	start, cpu0 := time.Now(), cpuTime()
	for b.Loop() {
		l, err := lexicon.Parse(lexicon.Embedded())
		if err != nil {
			b.Fatal(err)
		}
		keep = l
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/1000/float64(b.N), "ms/load")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		// process CPU time (GC included): on a shared machine wall time
		// measures the neighbours too
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/load")
	}
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	keep, _ = lexicon.Parse(lexicon.Embedded())
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc)-float64(before.HeapAlloc), "heap-bytes")
	runtime.KeepAlive(keep)
}

var pairs = [][2]string{
	{"threatened", "threat"}, {"admitted", "admission"}, {"hostilities", "fighting"}, {"ceased", "stopped"},
	{"intended", "meant"}, {"secure", "back"}, {"owned", "belonging"}, {"past", "former"},
	{"directed", "ordered"}, {"cliff", "clifftop"}, {"building", "cliff"}, {"navigation", "propulsion"},
	{"controlled", "uncontrolled"}, {"secretly", "publicly"}, {"killed", "died"}, {"rose", "fell"},
	{"won", "lost"}, {"increase", "decrease"}, {"vehicle", "car"}, {"car", "vehicle"},
	{"said", "told"}, {"officials", "authorities"}, {"people", "residents"}, {"attack", "strike"},
	{"break", "take"}, {"run", "set"}, {"cut", "make"}, {"heads", "runs"}, // the most polysemous
}

// BenchmarkRelate: one Relate call on the pairs and a few news
// words, at DefaultOptions and at all senses.
func BenchmarkRelate(b *testing.B) {
	lexicon.Default()
	for _, c := range []struct {
		name string
		o    lexicon.Options
	}{{"default", lexicon.DefaultOptions()}, {"allsenses", lexicon.Options{MaxDepth: 4}}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			i, cpu0 := 0, cpuTime()
			for b.Loop() {
				p := pairs[i%len(pairs)]
				lexicon.Relate(p[0], p[1], c.o)
				i++
			}
			reportCPU(b, cpu0)
		})
	}
}

// BenchmarkRelateWords: the same pairs prepared once (Prepare), as a checker
// keeps them; and BenchmarkPrepare, the cost of preparing one word.
func BenchmarkRelateWords(b *testing.B) {
	o := lexicon.DefaultOptions()
	var ws [][2]*lexicon.Word
	for _, p := range pairs {
		ws = append(ws, [2]*lexicon.Word{lexicon.Prepare(p[0], o), lexicon.Prepare(p[1], o)})
	}
	i, cpu0 := 0, cpuTime()
	for b.Loop() {
		p := ws[i%len(ws)]
		lexicon.RelateWords(p[0], p[1])
		i++
	}
	reportCPU(b, cpu0)
}

func BenchmarkPrepare(b *testing.B) {
	o := lexicon.DefaultOptions()
	lexicon.Default()
	b.ReportAllocs()
	i, cpu0 := 0, cpuTime()
	for b.Loop() {
		lexicon.Prepare(pairs[i%len(pairs)][i%2], o)
		i++
	}
	reportCPU(b, cpu0)
}

// reportCPU reports the process's CPU time per op since cpu0: on a shared
// machine wall time measures the neighbours too.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
