namespace Privacy.Policy.EntityFrameworkCore.Tests;

/// <summary>A row of another table that refers to an account by its key.</summary>
public class AccountSessionRow
{
    public long Id { get; set; }

    public string AccountId { get; set; } = string.Empty;
}
