// STUB: replaced by the foundation work.
return 2;
