namespace StaticBench.Runner.Scaling;

/// <summary>
/// The two shapes compile time is measured against size in. They stress different things: many small
/// functions measure per-function overhead and how well compilation parallelizes; one big function
/// measures a compiler's superlinear passes (register allocation, instruction scheduling).
/// </summary>
public enum ScalingShape
{
    /// <summary><c>small-functions</c>: N functions of about 120 bytes each, all of type (i32) → i32.</summary>
    SmallFunctions,

    /// <summary><c>big-function</c>: one function whose body is N arithmetic steps over eight locals.</summary>
    BigFunction,
}

/// <summary>Names of <see cref="ScalingShape"/> in results (the <c>shape</c> parameter) and on the command line.</summary>
public static class ScalingShapes
{
    public static string Name(this ScalingShape shape) => shape switch
    {
        ScalingShape.SmallFunctions => "small-functions",
        ScalingShape.BigFunction => "big-function",
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    public static ScalingShape Parse(string name)
    {
        foreach (var shape in Enum.GetValues<ScalingShape>())
        {
            if (shape.Name() == name)
            {
                return shape;
            }
        }

        throw new ArgumentException($"unknown shape '{name}'; known: small-functions, big-function", nameof(name));
    }
}
