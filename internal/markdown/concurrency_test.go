package markdown

import (
	"os"
	"reflect"
	"sync"
	"testing"
)

// The one goldmark parser and the package-level tables are shared: parsing
// in parallel must give the same models as parsing one by one.
func TestConcurrentParse(t *testing.T) {
	paths := sampleDocs(t)
	sources := make([][]byte, len(paths))
	want := make([]any, len(paths))
	for i, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sources[i] = src
		if want[i], err = Parse(path, src); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(paths))
	for range 4 {
		for i := range paths {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got, err := Parse(paths[i], sources[i])
				if err != nil || !reflect.DeepEqual(any(got), want[i]) {
					errs <- paths[i]
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for path := range errs {
		t.Errorf("%s: a concurrent parse differs", path)
	}
}
