// STUB: replaced by the pipeline work.
return 0;
