namespace Luoshi.Cli.Commands.Monitoring;

/// <summary>One named value of an output record; typed so that JSON gets numbers, booleans and arrays, CSV text.</summary>
internal readonly record struct AqiField(string Name, AqiFieldKind Kind, string? Text = null, double? Number = null, bool Flag = false, IReadOnlyList<string>? List = null)
{
    public static AqiField Of(string name, string? text) => new(name, AqiFieldKind.Text, Text: text);

    public static AqiField Of(string name, double? number) => new(name, AqiFieldKind.Number, Number: number is { } n && double.IsNaN(n) ? null : number);

    public static AqiField Of(string name, int? number) => new(name, AqiFieldKind.Number, Number: number);

    public static AqiField Of(string name, bool flag) => new(name, AqiFieldKind.Flag, Flag: flag);

    public static AqiField Of(string name, IReadOnlyList<string> list) => new(name, AqiFieldKind.List, List: list);
}

/// <summary>What an <see cref="AqiField"/> holds.</summary>
internal enum AqiFieldKind
{
    Text,
    Number,
    Flag,
    List,
}
