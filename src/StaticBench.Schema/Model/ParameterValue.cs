using System.Globalization;

namespace StaticBench.Schema.Model;

/// <summary>
/// A benchmark parameter: a string, a number or a boolean. Its <see cref="Canonical"/> text is what
/// series identity compares, so <c>1000</c> and <c>1000.0</c> are the same size.
/// </summary>
public readonly record struct ParameterValue
{
    private ParameterValue(object value) => Value = value;

    /// <summary>A <see cref="string"/>, <see cref="double"/> or <see cref="bool"/>.</summary>
    public object Value { get; }

    public static ParameterValue Of(string value) => new(value);

    public static ParameterValue Of(double value) => new(value);

    public static ParameterValue Of(bool value) => new(value);

    /// <summary>The value as a number, when it is one.</summary>
    public double? AsNumber => Value as double?;

    /// <summary>Stable text for identity and display.</summary>
    public string Canonical => Value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => (string)Value,
    };

    public override string ToString() => Canonical;
}
