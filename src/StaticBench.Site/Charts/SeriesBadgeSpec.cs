namespace StaticBench.Site.Charts;

/// <summary>What a series badge says, as plain data.</summary>
/// <param name="Label">The series name, on the left (cut in the middle when too long).</param>
/// <param name="Unit">The unit of <paramref name="Latest"/>, for <c>ValueFormatter</c>.</param>
/// <param name="Latest">The latest median; null when the series has no point yet.</param>
/// <param name="Status">The status word and colour on the right.</param>
/// <param name="Change">The step's relative size for regressions and improvements (<c>0.041</c> = +4.1%).</param>
public sealed record SeriesBadgeSpec(string Label, string Unit, double? Latest, SeriesStatus Status, double? Change = null);
