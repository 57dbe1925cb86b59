package text

// IsWeekday reports whether w, lower case, is the name of a day of the week.
func IsWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// IsMonth reports whether w, lower case, is the full name of a month.
func IsMonth(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december":
		return true
	}
	return false
}

// IsRelativeDay reports whether w, lower case, names a day by its distance from
// today ("yesterday", "tonight").
func IsRelativeDay(w string) bool {
	switch w {
	case "today", "tonight", "yesterday", "tomorrow":
		return true
	}
	return false
}
