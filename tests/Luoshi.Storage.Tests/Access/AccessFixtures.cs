namespace Luoshi.Storage.Tests.Access;

/// <summary>Units and passwords the access tests share.</summary>
internal static class AccessFixtures
{
    public const string Password = "correct horse battery";

    public const string UnitsCsv =
        "code,name,kind,parent,aliases\nC,测试市,city,,\nD1,测试市人力资源和社会保障局,department,C,人社局\nD2,测试市教育局,department,C,教育局\n";
}
