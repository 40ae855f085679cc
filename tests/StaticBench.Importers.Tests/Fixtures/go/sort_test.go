// The benchmarks behind the fixtures in this folder (see COMMANDS.md).
package sortbench

import (
	"fmt"
	"sort"
	"testing"
)

func BenchmarkSort(b *testing.B) {
	for _, size := range []int{64, 1024} {
		b.Run(fmt.Sprintf("size=%d", size), func(b *testing.B) {
			v := make([]int, size)
			for i := 0; i < b.N; i++ {
				for j := range v {
					v[j] = (j * 7919) % 1000
				}
				sort.Ints(v)
			}
			b.ReportMetric(float64(size), "elems/op")
		})
	}
}

func BenchmarkAlloc(b *testing.B) {
	b.SetBytes(1024)
	for i := 0; i < b.N; i++ {
		_ = make([]byte, 1024)
	}
}
