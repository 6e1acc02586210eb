"""The bundled demo corpus (fictional reports written for vigil)."""
