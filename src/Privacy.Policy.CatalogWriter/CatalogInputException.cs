using System;

namespace Privacy.Policy.CatalogWriter;

/// <summary>The input is missing, no .NET assembly, or carries a catalog that is no JSON; the message names the path.</summary>
internal sealed class CatalogInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the path.</param>
    /// <param name="innerException">The cause, if any.</param>
    public CatalogInputException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
