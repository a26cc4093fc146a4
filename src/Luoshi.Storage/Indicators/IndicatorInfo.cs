namespace Luoshi.Storage.Indicators;

/// <summary>A computed indicator as the office sees it when binding a target.</summary>
/// <param name="Name">Stable name used in bindings and files (<c>air.good-day-share</c>).</param>
/// <param name="Title">Chinese name (城区空气质量优良天数比例).</param>
/// <param name="TitleEn">English name.</param>
/// <param name="Unit">Unit of the values it produces (%, 个, 万元).</param>
/// <param name="Scope">What the scope after the colon names, with an example.</param>
public sealed record IndicatorInfo(string Name, string Title, string TitleEn, string Unit, string Scope);
