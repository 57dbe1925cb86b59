package chunk

import (
	"errors"
	"fmt"
)

// ErrTooLarge reports a single item whose cost alone exceeds the budget.
var ErrTooLarge = errors.New("chunk: item exceeds the token budget")

// Split packs items, in order, into consecutive chunks whose total cost is at most
// budget, greedily filling each chunk before starting the next; chunks break only
// between items and their concatenation is items. A budget ≤ 0 is an error, and so
// is an item costing more than budget (wrapping ErrTooLarge). No items give no chunks;
// cost is called once per item, and a negative cost counts as zero.
func Split[T any](items []T, cost func(T) int, budget int) ([][]T, error) {
	if budget <= 0 {
		return nil, fmt.Errorf("chunk: budget %d must be positive", budget)
	}
	var chunks [][]T
	start, sum := 0, 0
	for i, it := range items {
		c := cost(it)
		if c < 0 {
			c = 0
		}
		if c > budget {
			return nil, fmt.Errorf("item %d costs %d, budget %d: %w", i, c, budget, ErrTooLarge)
		}
		if sum+c > budget {
			chunks = append(chunks, items[start:i:i])
			start, sum = i, 0
		}
		sum += c
	}
	if start < len(items) {
		chunks = append(chunks, items[start:len(items):len(items)])
	}
	return chunks, nil
}
