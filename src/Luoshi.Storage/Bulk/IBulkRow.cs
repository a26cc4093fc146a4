namespace Luoshi.Storage.Bulk;

/// <summary>The cells of one row, written in the table's column order; null writes SQL NULL.</summary>
internal interface IBulkRow
{
    void Int(int? value);

    void Long(long? value);

    void Decimal(decimal? value);

    void Text(string? value);

    void Date(DateOnly? value);

    void Bool(bool? value);

    void Timestamp(DateTimeOffset? value);

    void Double(double? value);
}
