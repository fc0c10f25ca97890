import { useParams } from "react-router";
import { translator } from "./catalogue";
import { defaultLanguage, isLanguage, type Language } from "./languages";

export function useLanguage(): Language {
  const { lang } = useParams();
  return isLanguage(lang) ? lang : defaultLanguage;
}

export function useT() {
  return translator(useLanguage());
}
