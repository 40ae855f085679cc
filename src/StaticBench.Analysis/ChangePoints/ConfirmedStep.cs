namespace StaticBench.Analysis.ChangePoints;

/// <summary>
/// A step <see cref="StepSelection"/> confirmed, before its confidence is weighed: <paramref name="Index"/> the first
/// point of the new segment, <paramref name="Change"/> new level over old minus one (as in <see cref="ChangePoint"/>).
/// </summary>
public readonly record struct ConfirmedStep(int Index, double Change);
