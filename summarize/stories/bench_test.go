package stories_test

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/briefing-news/briefing/summarize/stories"
)

// BenchmarkGroup groups synthetic feeds of 1,000 and 5,000 articles (synthFeed)
// and reports the time (wall and CPU) and the bytes allocated per article; run
// it on one core (-cpu 1, GOMAXPROCS=1) for the figure: 5,000 in under 10 s.
//
//	go test -run '^$' -bench BenchmarkGroup -benchtime 3x -cpu 1 ./summarize/stories/
func BenchmarkGroup(b *testing.B) {
	for _, n := range []int{1000, 5000} {
		arts, _ := synthFeed(n, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			cpu := cpuTime()
			for b.Loop() {
				stories.Group(arts, stories.Options{})
			}
			cpu = cpuTime() - cpu
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(n), "B/article")
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/feed")
			// CPU time: on a shared machine wall time measures the neighbours too.
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/feed")
		})
	}
}
