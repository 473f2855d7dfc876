# SPDX-License-Identifier: GPL-3.0-or-later
"""Spanish articles of the second multilingual batch (fictional; see check_set_multi.py).
Written and annotated before the stage ran on them. A subject left out before the cue ("«…»,
explicó.") is annotated with the name it stands for."""

ARTICLES = [
    ([
        "El puerto de Cedeira conserva su base de salvamento",
        "Salvamento Marítimo ha renunciado a cerrar su base de Cedeira tras recibir más de 5.000 firmas de vecinos.",
        "«Cada familia de aquí conoce a alguien al que trajeron de vuelta las lanchas», dijo el patrón de la base, Xosé Lema.",
        "La alcaldesa, Ana Moreira, aseguró que había viajado tres veces a Madrid para defender la base. «Al final nos han escuchado», explicó a EFE.",
        "Según el Ministerio de Transportes, la base recibirá una nueva embarcación en 2027.",
    ], [
        ("Cada familia de aquí conoce a alguien al que trajeron de vuelta las lanchas", "el patrón de la base, Xosé Lema", "dijo"),
        ("Al final nos han escuchado", "Ana Moreira", "explicó a EFE"),
    ]),
    ([
        "Un incendio en una fábrica de pinturas obliga a desalojar 200 viviendas",
        "Unas 200 viviendas de Alcalá de Henares fueron desalojadas durante la madrugada del martes por un incendio en una fábrica de pinturas.",
        "«El humo contenía disolventes, así que no corrimos ningún riesgo», señaló el jefe de bomberos, Diego Roldán.",
        "Josefina Ferrer, de 64 años, pasó la noche en un polideportivo con sus dos perros.",
        "—Cogimos los abrigos y a los perros, y nada más —contó—. Todavía no sé si la casa está bien.",
        "Según la empresa, ningún trabajador resultó herido. “Colaboramos plenamente con la investigación”, aseguró su director, Lorenzo Núñez.",
    ], [
        ("El humo contenía disolventes, así que no corrimos ningún riesgo", "el jefe de bomberos, Diego Roldán", "señaló"),
        ("Cogimos los abrigos y a los perros, y nada más", "Josefina Ferrer", "contó"),
        # (added after the first pass: the incise splits the quotation, so the second part is one
        # too; the first pass counted it as a false positive)
        ("Todavía no sé si la casa está bien.", "Josefina Ferrer", "contó"),
        ("Colaboramos plenamente con la investigación", "su director, Lorenzo Núñez", "aseguró"),
    ]),
    ([
        "Los profesores amenazan con una huelga por la ratio",
        "Los docentes de secundaria de la Comunidad de Madrid irán a la huelga el mes que viene si no se limita a 25 el número de alumnos por aula.",
        "«Damos clase a 34 alumnos en aulas pensadas para 25», denunció Sofía Marchena, portavoz del sindicato en la región.",
        "«Así no aprende nadie. Ni los alumnos ni los profesores», añadió.",
        "La Consejería de Educación asegura que el dinero para nuevas aulas está presupuestado. «Las obras empiezan este verano», afirmó el viceconsejero, Carlos Vela.",
        "Los padres están divididos. «Apoyo a los profesores, pero mi hijo tiene la selectividad en junio», dijo Marcos Haro, padre de un alumno del instituto Cervantes.",
    ], [
        ("Damos clase a 34 alumnos en aulas pensadas para 25", "Sofía Marchena, portavoz del sindicato en la región", "denunció"),
        ("Así no aprende nadie. Ni los alumnos ni los profesores", "Sofía Marchena", "añadió"),
        ("Las obras empiezan este verano", "el viceconsejero, Carlos Vela", "afirmó"),
        ("Apoyo a los profesores, pero mi hijo tiene la selectividad en junio", "Marcos Haro, padre de un alumno del instituto Cervantes", "dijo"),
    ]),
    ([
        "Una ballena extraviada en la ría de Vigo",
        "Un zifio, una ballena de aguas profundas, ha sido avistado en el interior de la ría de Vigo, a más de 20 kilómetros de mar abierto.",
        "La bióloga marina Fátima Quiroga sigue al animal desde el domingo. «Estas ballenas viven en aguas profundas. Esta está muy lejos de casa», explicó a EFE.",
        "Según ella, el animal parece sano pero desorientado.",
        "Los equipos de rescate intentarán el jueves guiarlo hacia el mar con embarcaciones.",
        "—Solo tendremos una buena oportunidad. Si se asusta, puede varar —advirtió el coordinador del operativo, Luis Doval.",
    ], [
        ("Estas ballenas viven en aguas profundas. Esta está muy lejos de casa", "Fátima Quiroga", "explicó a EFE"),
        ("Solo tendremos una buena oportunidad. Si se asusta, puede varar", "el coordinador del operativo, Luis Doval", "advirtió"),
    ]),
    ([
        "La ministra defiende los nuevos horarios de Cercanías",
        "La ministra de Transportes, Raquel Osuna, defendió el miércoles en el Congreso los nuevos horarios de Cercanías, que alargan el trayecto de miles de viajeros.",
        "Osuna calificó la reforma de «un primer paso, no el último».",
        "“Durante años hemos puesto más trenes de los que las vías podían soportar, y cada retraso se extendía a toda la red”, dijo la ministra. “Es mejor tener menos trenes, pero puntuales”.",
        "El portavoz de la oposición, Daniel Burgos, no quedó convencido. «La ministra pide a los viajeros que paguen más por menos», aseguró él.",
        "«Hay padres que llegan tarde a recoger a sus hijos», lamentó Ángela Tirado, de la asociación de usuarios Tren Digno.",
    ], [
        ("un primer paso, no el último", "Osuna", "calificó la reforma de"),
        ("Durante años hemos puesto más trenes de los que las vías podían soportar, y cada retraso se extendía a toda la red", "la ministra", "dijo"),
        ("Es mejor tener menos trenes, pero puntuales", "la ministra", None),
        ("La ministra pide a los viajeros que paguen más por menos", "él", "aseguró", "Daniel Burgos"),
        ("Hay padres que llegan tarde a recoger a sus hijos", "Ángela Tirado", "lamentó"),
    ]),
    ([
        "La cadena de panaderías Hartos cerrará 40 tiendas",
        "La cadena de panaderías Hartos cerrará 40 de sus 180 tiendas antes de final de año, lo que pone en riesgo unos 600 empleos.",
        "Su consejero delegado, Simón Hartos, nieto del fundador, habló de «la decisión más difícil» de su carrera.",
        "«Mi abuelo abrió la primera tienda con un horno y una bicicleta. Cerrar una tienda es como traicionarle», dijo en un vídeo dirigido a la plantilla.",
        "«Son empleos cualificados en pueblos que ya han perdido demasiado», afirmó la delegada sindical Maite Granados.",
        "Según el analista Pedro Luna, la cadena creció demasiado deprisa. «Abrieron en calles comerciales que ya se estaban muriendo», explicó a Europa Press.",
    ], [
        ("la decisión más difícil", "Su consejero delegado, Simón Hartos", "habló de"),
        ("Mi abuelo abrió la primera tienda con un horno y una bicicleta. Cerrar una tienda es como traicionarle", "Simón Hartos", "dijo"),
        ("Son empleos cualificados en pueblos que ya han perdido demasiado", "la delegada sindical Maite Granados", "afirmó"),
        ("Abrieron en calles comerciales que ya se estaban muriendo", "Pedro Luna", "explicó a Europa Press"),
    ]),
    ([
        "Los diques resisten la crecida del Ebro",
        "Los nuevos diques de Zaragoza resistieron la noche del sábado, cuando el Ebro alcanzó su nivel más alto en treinta años.",
        "«Sin los diques, todo el barrio de la Almozara estaría esta mañana bajo un metro de agua», aseguró la presidenta de la Confederación Hidrográfica, Carmen Boix.",
        "El comerciante Ahmed Rachid, cuya tienda se inundó dos veces en 2015, pasó la noche vigilando el río.",
        "—No he dormido nada. Pero esta vez el agua se quedó al otro lado —contó a los periodistas.",
        "El alcalde, Gregorio Fuster, agradeció el trabajo de los voluntarios. «Esta ciudad cuida de los suyos», dijo.",
    ], [
        ("Sin los diques, todo el barrio de la Almozara estaría esta mañana bajo un metro de agua", "la presidenta de la Confederación Hidrográfica, Carmen Boix", "aseguró"),
        ("No he dormido nada. Pero esta vez el agua se quedó al otro lado", "Ahmed Rachid", "contó"),
        ("Esta ciudad cuida de los suyos", "Gregorio Fuster", "dijo"),
    ]),
    ([
        "Una primera novela sobre una granja familiar gana el premio",
        "La escritora gallega Sabela Queiruga ha ganado el premio Ópera Prima con «El campo largo», la historia de tres generaciones en una granja lechera endeudada.",
        "El presidente del jurado, el crítico Andrés Pellicer, la definió como una novela «silenciosamente devastadora».",
        "«Es una novela sobre vacas y deudas que, no se sabe cómo, acaba siendo una novela sobre todo», dijo durante la ceremonia.",
        "Queiruga, que todavía ayuda en la granja de sus padres, escribió casi todo el libro en la mesa de la cocina.",
        "—Escribía entre ordeño y ordeño. Me temo que algunos capítulos huelen a ensilado —bromeó ella.",
        "Su editora, Rut Abril, reveló que once agencias habían rechazado el manuscrito.",
    ], [
        ("silenciosamente devastadora", "El presidente del jurado, el crítico Andrés Pellicer", "definió"),
        ("Es una novela sobre vacas y deudas que, no se sabe cómo, acaba siendo una novela sobre todo", "Andrés Pellicer", "dijo"),
        ("Escribía entre ordeño y ordeño. Me temo que algunos capítulos huelen a ensilado", "ella", "bromeó", "Sabela Queiruga"),
    ]),
    ([
        "El hospital pide perdón por las operaciones canceladas",
        "El Hospital Universitario de Badajoz ha pedido perdón a más de 300 pacientes cuyas operaciones se cancelaron el mes pasado por un fallo informático.",
        "“Es inaceptable”, reconoció la directora médica, Nadia Obregón.",
        "“Cada uno de estos pacientes se había preparado. Algunos estaban en ayunas, otros habían viajado desde muy lejos. Les fallamos”, añadió.",
        "Bernardo Collado, de 72 años, vio cancelada dos veces su operación de cadera. «No estoy enfadado con las enfermeras. Estaban llorando», contó a Canal Extremadura.",
        "Según la empresa proveedora del programa, el fallo ya está corregido.",
    ], [
        ("Es inaceptable", "la directora médica, Nadia Obregón", "reconoció"),
        ("Cada uno de estos pacientes se había preparado. Algunos estaban en ayunas, otros habían viajado desde muy lejos. Les fallamos", "Nadia Obregón", "añadió"),
        ("No estoy enfadado con las enfermeras. Estaban llorando", "Bernardo Collado", "contó a Canal Extremadura"),
    ]),
    ([
        "Los vecinos salvan la última tienda del pueblo",
        "La última tienda de Villanueva del Campo se ha salvado gracias a 140 vecinos que han comprado participaciones.",
        "«Necesitábamos 30.000 euros en seis semanas. Los reunimos en diecinueve días», explicó la nueva encargada, Jenifer Lorenzo.",
        "El antiguo dueño, Dionisio Matías, se jubila tras 32 años detrás del mostrador.",
        "«No quería ser el que cerrara la tienda», confesó Matías.",
        "Para el presidente de la asociación vecinal, Roberto Fenoll, la tienda es «mucho más que una tienda». «Es donde te enteras de quién está enfermo y de quién necesita que le lleven», dijo.",
    ], [
        ("Necesitábamos 30.000 euros en seis semanas. Los reunimos en diecinueve días", "la nueva encargada, Jenifer Lorenzo", "explicó"),
        ("No quería ser el que cerrara la tienda", "Matías", "confesó"),
        ("mucho más que una tienda", "el presidente de la asociación vecinal, Roberto Fenoll", None),
        ("Es donde te enteras de quién está enfermo y de quién necesita que le lleven", "Roberto Fenoll", "dijo"),
    ]),
    ([
        "Luz verde a la nueva pista del aeropuerto",
        "El Gobierno ha aprobado una segunda pista para el aeropuerto de Málaga.",
        "«Es un gran día para toda la provincia», aseguró la directora del aeropuerto, Laura Fincas, en declaraciones a Canal Sur.",
        "Los vecinos recurrirán a los tribunales. «No vamos a dejar que cubran de hormigón tres pueblos», advirtió Óscar Prieto, presidente de la plataforma Pista No.",
        "—El Gobierno ha ignorado a sus propios asesores climáticos —añadió Prieto.",
        "Según el ministerio, se aplicarán límites de ruido estrictos.",
    ], [
        ("Es un gran día para toda la provincia", "la directora del aeropuerto, Laura Fincas", "aseguró"),
        ("No vamos a dejar que cubran de hormigón tres pueblos", "Óscar Prieto, presidente de la plataforma Pista No", "advirtió"),
        ("El Gobierno ha ignorado a sus propios asesores climáticos", "Prieto", "añadió"),
    ]),
    ([
        "Un cartero jubilado de 81 años termina el maratón en menos de cinco horas",
        "Un cartero jubilado de 81 años se ha convertido en el corredor de más edad en terminar el maratón de Valencia en menos de cinco horas.",
        "Francisco Bueno cruzó la meta en 4 horas y 52 minutos, animado por sus nietos.",
        "«Los últimos diez kilómetros fueron un calvario, pero no pensaba caminar. Nunca he caminado en una carrera», dijo a los periodistas.",
        "La directora de la carrera, Susana Hidalgo, lo describió como «una pequeña leyenda» entre los voluntarios.",
        "«Viene todos los años y todos los años da las gracias a cada uno de los voluntarios del recorrido», explicó ella.",
    ], [
        ("Los últimos diez kilómetros fueron un calvario, pero no pensaba caminar. Nunca he caminado en una carrera", "Francisco Bueno", "dijo"),
        ("una pequeña leyenda", "La directora de la carrera, Susana Hidalgo", "describió"),
        ("Viene todos los años y todos los años da las gracias a cada uno de los voluntarios del recorrido", "ella", "explicó", "Susana Hidalgo"),
    ]),
]
