namespace Luoshi.Documents.Excel;

/// <summary>The cell formats every workbook of ours carries, by their index in <see cref="WorkbookStyles"/>.</summary>
internal enum CellStyle : uint
{
    Default = 0,
    Title = 1,
    Note = 2,
    Header = 3,
    Text = 4,
    Number = 5,

    /// <summary>A value submitted but not yet approved: italic blue, so it reads as provisional.</summary>
    Submitted = 6,
    Green = 7,
    Yellow = 8,
    Red = 9,

    /// <summary>A cell a unit fills in: unlocked under sheet protection.</summary>
    Input = 10,
    InputDate = 11,
    InputText = 12,

    /// <summary>A cell that does not apply to its row: grey and locked.</summary>
    NotApplicable = 13,
}
