// Package merge folds exact and near-duplicate sentences across articles, keeps the
// most complete variant of each, and records every article that carried it.
package merge
