using StaticBench.Site.Formatting;

namespace StaticBench.Site.Charts;

/// <summary>What a card or badge says about a series' latest value.</summary>
public enum SeriesStatus
{
    /// <summary>Not enough points to tell (a new series, or fewer points than the detector needs).</summary>
    TooLittleData,

    /// <summary>The latest value is in line with the series so far.</summary>
    NoChange,

    /// <summary>The latest step went the worse way.</summary>
    Regression,

    /// <summary>The latest step went the better way.</summary>
    Improvement,
}

/// <summary>The words a status is shown with, shared by cards and badges.</summary>
public static class SeriesStatusText
{
    /// <summary><c>regression +4.1%</c>, <c>improvement -3.0%</c>, <c>no change</c>, <c>too little data</c>; a step without a known size is just its word.</summary>
    public static string Describe(SeriesStatus status, double? change = null) => status switch
    {
        SeriesStatus.Regression => WithChange("regression", change),
        SeriesStatus.Improvement => WithChange("improvement", change),
        SeriesStatus.NoChange => "no change",
        _ => "too little data",
    };

    private static string WithChange(string word, double? change) =>
        change is { } c && double.IsFinite(c) ? $"{word} {ValueFormatter.Ratio(c)}" : word;
}
