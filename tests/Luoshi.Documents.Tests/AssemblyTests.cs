namespace Luoshi.Documents.Tests;

public sealed class AssemblyTests
{
    [Fact]
    public void Documents_name_the_program_that_made_them() => Assert.Equal("Luoshi 落实", DocumentsAssembly.Producer);
}
